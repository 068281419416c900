package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestClauseLinks reads how two events of a sentence relate off the
// connective that joins their clauses or phrases.
func TestClauseLinks(t *testing.T) {
	tests := []struct {
		text, from, to, kind, cue string
	}{
		{"Anna Berg resigned after the collapse of the bridge.", "collapse", "resigned", timeline.Precedes, "after"},
		{"Carl Dahl was arrested because he attacked Gus Holm.", "attacked", "arrested", timeline.Causes, "because"},
		{"Eva Falk resigned in response to the verdict.", "resigned", "verdict", timeline.RespondsTo, "in response to"},
		{"The earthquake struck Ostburg on Sunday, killing twelve people.", "struck", "killing", timeline.Causes, "killing"},
		{"Carl Dahl resigned as a result of the scandal.", "scandal", "resigned", timeline.Causes, "as a result of"},
		{"The explosion triggered a fire.", "explosion", "fire", timeline.Causes, "triggered"},
		{"Gus Holm resigned before the election.", "resigned", "election", timeline.Precedes, "before"},
	}
	for _, tc := range tests {
		t.Run(tc.cue, func(t *testing.T) {
			r := parseText(t, tc.text)
			trigger := func(i int) string {
				tr := r.Events[i].Mention.Trigger
				if tr == nil {
					return ""
				}
				return tc.text[tr.Start:tr.End]
			}
			for _, l := range r.Links {
				if strings.HasPrefix(trigger(l.From), tc.from) && strings.HasPrefix(trigger(l.To), tc.to) {
					if l.Kind != tc.kind || l.Cue != tc.cue {
						t.Errorf("link %s → %s is %s %q, want %s %q", tc.from, tc.to, l.Kind, l.Cue, tc.kind, tc.cue)
					}
					return
				}
			}
			var got []string
			for _, l := range r.Links {
				got = append(got, trigger(l.From)+" "+l.Kind+" "+trigger(l.To))
			}
			t.Errorf("no link %s → %s; links: %v%s", tc.from, tc.to, got, describe(r))
		})
	}
}

// TestClauseLinksLeaveSayingAlone checks that a participle of saying is no
// consequence: "said, adding" relates no two happenings.
func TestClauseLinksLeaveSayingAlone(t *testing.T) {
	r := parseText(t, "Anna Berg said the talks had failed, adding that Carl Dahl would resign.")
	for _, l := range r.Links {
		if l.Cue == "adding" {
			t.Errorf("link on %q: %+v", l.Cue, l)
		}
	}
}
