package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A sentence that opens with "In" and a place before a comma sets its
// own scene, away from the story's: "In Ottawa, the Canadian government
// said it was monitoring the situation", "In Canada, the company was
// granted protection, and the government there said …". Its places are
// no sign of the article's home country, and "the government" in it is
// the government of that place's state.

// sceneAsides gives "the government" or "the cabinet" of each sentence
// that opens with "In" and a place or state and a comma that state's
// government, and marks the sentence's mentions as aside when the
// document names the state nowhere else ("In Moscow, authorities
// declared …" of a story told from Russia is no aside).
func sceneAsides(g *gazetteer, text string, ms []Mention, sents []timeline.Span) {
	var scenes [][]int // the indices of each scene's mentions
	var states []string
	for _, sp := range sents {
		start, end := max(sp.Start, 0), min(sp.End, len(text))
		if start >= end || !strings.HasPrefix(text[start:end], "In ") {
			continue
		}
		place := -1
		var in []int
		for j := range ms {
			if m := &ms[j]; m.Start >= start && m.Start < end {
				in = append(in, j)
				if m.Start == start+3 && m.End < end && text[m.End] == ',' && (m.Kind == timeline.Place || m.Kind == timeline.Country) {
					place = j
				}
			}
		}
		if place < 0 {
			continue
		}
		state := stateOf(&ms[place])
		for _, j := range in {
			m := &ms[j]
			if state != "" && m.Kind == timeline.Organization && m.Ref == "" && (m.Name == "government" || m.Name == "cabinet") {
				if e := g.government[state]; e != nil {
					m.Name, m.Ref, m.Country = e.name, e.id, state
				} else if e := g.byID[state]; e != nil && len(e.adj) > 0 {
					m.Name, m.Country = e.adj[0]+" government", state
				}
			}
		}
		scenes = append(scenes, in)
		states = append(states, state)
	}
	for n, in := range scenes {
		if states[n] == "" || namedOutside(ms, states[n], in) {
			continue
		}
		for _, j := range in {
			ms[j].aside = true
		}
	}
}

// stateOf returns the state a place or state mention names or lies in.
func stateOf(m *Mention) string {
	if m.Kind == timeline.Country && m.Ref != "" {
		return m.Ref
	}
	return m.Country
}

// namedOutside reports whether a mention other than those of the scene
// (indices in, ascending) names the state or lies in it.
func namedOutside(ms []Mention, state string, in []int) bool {
	for j := range ms {
		if _, inside := slices.BinarySearch(in, j); !inside && (ms[j].Kind == timeline.Place || ms[j].Kind == timeline.Country) && stateOf(&ms[j]) == state {
			return true
		}
	}
	return false
}
