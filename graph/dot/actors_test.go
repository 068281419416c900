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
