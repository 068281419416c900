package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Every state has its own police, and a story that crosses borders names
// several: "Swiss police arrested seven officials", "Italian police said
// they had been asked", "police in Trinidad said he had handed himself
// in". Each is its state's police. Bare "police" in a document is the
// police it named last, else those of the state it names most. A corpus
// that names the police of one state, or of none, keeps one "police", so
// that an article's "police" still meets another's "Indian police".

// policeState returns the state whose police the group noun at token i
// is by the demonym or the state's possessive right before it ("Swiss
// police", "Italy's police", "Alabama police", "Colombia's national
// police"), or "".
func (s *sentence) policeState(i int) string {
	if !strings.EqualFold(s.str(i), "police") || !s.word(i-1) {
		return ""
	}
	k := i - 1
	if policeRanks[s.lower(k)] && s.word(k-1) {
		k-- // "Colombia's national police"
	}
	_, h := s.matchEndingAt(k)
	if h == nil || h.e.kind != timeline.Country && !h.e.region || h.form != formAdj && !s.toks[k].is(tPoss) {
		return ""
	}
	if h.e.region {
		return h.e.id
	}
	return countryOf(h.e)
}

// policeRanks are the words between a state and its police that say which
// of its forces: "national", "federal".
var policeRanks = map[string]bool{"national": true, "federal": true}

// isPolice reports whether m is a mention of a police force by the word.
func isPolice(m *Mention) bool {
	return m.Kind == timeline.Group && m.Name == "police"
}

// policeIn gives "police in Trinidad", "police in Milan" the state of the
// place after "in".
func policeIn(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if !isPolice(m) || m.Country != "" || !strings.HasPrefix(text[m.End:], " in ") {
			continue
		}
		for j := range ms {
			if o := &ms[j]; o.Start == m.End+4 && (o.Kind == timeline.Place || o.Kind == timeline.Country) {
				m.Country = o.Country
				if o.Kind == timeline.Country && o.Ref != "" {
					m.Country = o.Ref
				}
				break
			}
		}
	}
}

// statePolice names each police force of a corpus that names those of
// two states or more by its state ("Swiss police"): a bare "police" is
// the force its document named just before, else the first force it names
// ("Police in Lyon said … French police later arrested"; a lede names the
// force of the story's state), else the force of the state it names or
// places itself in most. A force named a paragraph or more before is no
// guide: "Colombian police said … The Haitians' anger was directed at
// the police" of a story set in Haiti.
func statePolice(g *gazetteer, docs [][]Mention) {
	states := map[string]bool{}
	votes := make([]map[string]int, len(docs))
	for d, ms := range docs {
		bare := false
		for k := range ms {
			if m := &ms[k]; isPolice(m) {
				if m.Country != "" {
					states[m.Country] = true
				} else {
					bare = true
				}
			}
		}
		if bare {
			votes[d] = votesOf(g, ms).counts
		}
	}
	if len(states) < 2 {
		return
	}
	for d, ms := range docs {
		last, lastEnd, first := "", 0, firstState(ms)
		for k := range ms {
			m := &ms[k]
			if !isPolice(m) {
				continue
			}
			c := m.Country
			if c == "" && last != "" && m.Start-lastEnd <= nearPolice {
				c = last
			}
			if c == "" {
				c = first
			}
			if c == "" {
				c = mostVoted(votes[d], states)
			}
			e := g.byID[c]
			if e == nil || len(e.adj) == 0 {
				continue
			}
			last, lastEnd, m.Country, m.Name = c, m.End, c, e.adj[0]+" police"
		}
	}
}

// nearPolice is how far, in bytes, a force named before still stands for
// a bare "police": about two sentences.
const nearPolice = 300

// firstState returns the state of the first police force a document
// names by its state, the one a story's lede names ("Haitian police say
// they have killed four suspects"), or "".
func firstState(ms []Mention) string {
	for k := range ms {
		if m := &ms[k]; isPolice(m) && m.Country != "" {
			return m.Country
		}
	}
	return ""
}

// mostVoted returns the state of states that votes count most, or "" when
// none has a vote or two tie.
func mostVoted(votes map[string]int, states map[string]bool) string {
	best, n, tie := "", 0, false
	for c, v := range votes {
		switch {
		case !states[c] || v < n:
		case v == n:
			tie = true
		default:
			best, n, tie = c, v, false
		}
	}
	if tie {
		return ""
	}
	return best
}
