package dot_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/timeline"
)

func TestActorGraphOnRealShapes(t *testing.T) {
	tl := &timeline.Timeline{
		Actors: []timeline.Actor{
			{ID: "us", Name: "United States", Kind: timeline.Country},
			{ID: "us-officials", Name: "US officials", Kind: timeline.Group, Country: "us"},
			{ID: "trump", Name: "Donald Trump", Kind: timeline.Person, Country: "us"},
			{ID: "putin", Name: "Vladimir Putin", Kind: timeline.Person, Country: "ru"},
			{ID: "ru", Name: "Russia", Kind: timeline.Country},
			{ID: "nato", Name: "NATO", Kind: timeline.Organization},
			{ID: "rutte", Name: "Mark Rutte", Kind: timeline.Person, Country: "nato"},
			{ID: "pundit", Name: "A Pundit", Kind: timeline.Person},
		},
	}
	add := func(kind string, n int, actors ...string) {
		for range n {
			e := ev(fmt.Sprintf("e%02d", len(tl.Events)), when("2025-03-01", "", timeline.Day), actors...)
			e.Kind = kind
			tl.Events = append(tl.Events, e)
		}
	}
	add("call", 3, "trump", "putin")
	add("meeting", 2, "trump", "putin")
	add("statement", 1, "trump", "putin")
	add("threat", 1, "trump", "putin")
	add("meeting", 1, "us-officials", "nato")
	add("statement", 4, "pundit")
	add("statement", 1, "rutte")
	src := string(write(t, dot.WriteActors, tl, dot.Options{}))
	mustParse(t, []byte(src))

	tests := []struct {
		name, line string
		want       []string
	}{
		{"a busy tie names its commonest kinds", `"putin" -- "trump" [`, []string{`xlabel="call ×3, meeting ×2, +2 more"`}},
		{"a single event has no count", `"nato" -- "us-officials" [`, []string{`xlabel="meeting"`}},
		{"the graph says who is left out", `graph [`, []string{`\n2 actors sharing no event with another not shown"`, `label="4 actors from`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := lineWith(src, tt.line)
			if line == "" {
				t.Fatalf("no line holds %s:\n%s", tt.line, src)
			}
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("%s lacks %s", line, w)
				}
			}
		})
	}
	if strings.Contains(src, `"pundit"`) {
		t.Errorf("an actor with no one to deal with is drawn")
	}
	// The group sits in its country's frame; NATO, whose only member
	// drawn is itself, stands unframed.
	us := src[strings.Index(src, `subgraph "cluster_us"`):]
	us = us[:strings.Index(us, "\n\t}")]
	if !strings.Contains(us, `"us-officials" [`) {
		t.Errorf("US officials not in the US cluster:\n%s", us)
	}
	if strings.Contains(src, `cluster_nato`) {
		t.Errorf("NATO framed on its own")
	}
}

// A story whose actors never share an event gives a graph with no node:
// its title says so rather than "0 actors".
func TestActorGraphTitle(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "a", Name: "Alpha", Kind: timeline.Person},
		{ID: "b", Name: "Beta", Kind: timeline.Person},
		{ID: "c", Name: "Gamma", Kind: timeline.Person},
	}
	tests := []struct {
		name   string
		events [][]string // the actors of each event
		want   string
	}{
		{"nobody shares an event", [][]string{{"a"}, {"b"}},
			`label="No two actors share an event in 1 document\n2 actors in events, none with another"`},
		{"no event names anybody", [][]string{{}},
			`label="No two actors share an event in 1 document"`},
		{"two share one, one is alone", [][]string{{"a", "b"}, {"c"}},
			`label="2 actors from 1 document\n1 actor sharing no event with another not shown"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{Actors: actors, Documents: []timeline.Document{{ID: "d1"}}}
			for i, who := range tt.events {
				tl.Events = append(tl.Events, ev(fmt.Sprintf("e%d", i), when("2025-03-01", "", timeline.Day), who...))
			}
			src := string(write(t, dot.WriteActors, tl, dot.Options{}))
			mustParse(t, []byte(src))
			if line := lineWith(src, "graph ["); !strings.Contains(line, tt.want) {
				t.Errorf("got %s\nwant %s", line, tt.want)
			}
		})
	}
}
