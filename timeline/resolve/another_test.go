package resolve

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// A noun told as another of its kind is no article's anaphor or
// antecedent (articled), and is marked so (anotherOf).
func TestAnotherOf(t *testing.T) {
	tests := []struct {
		text, trigger string
		another       bool
		article       string
	}{
		{"Scientists said a new eruption could come within weeks.", "eruption", true, ""},
		{"She warned that another eruption was likely.", "eruption", true, ""},
		{"Unions threatened a fresh strike next month.", "strike", true, ""},
		{"The next round of talks is set for May.", "round", true, ""},
		{"The eruption began early on Sunday.", "eruption", false, "the"},
		{"A volcanic eruption forced the airport to close.", "eruption", false, "a"},
		{"Residents left before the eruption, officials said.", "eruption", false, "the"},
		{"New rules, and the eruption, closed the road.", "eruption", false, "the"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			at := strings.Index(tt.text, tt.trigger)
			em := &extract.EventMention{Mention: timeline.Mention{Start: 10, End: 10 + len(tt.text), Text: tt.text,
				Trigger: &timeline.TextRange{Start: 10 + at, End: 10 + at + len(tt.trigger)}}}
			r := &record{m: em}
			if got := anotherOf(r); got != tt.another {
				t.Errorf("anotherOf = %v, want %v", got, tt.another)
			}
			if got := articled(r); got != tt.article {
				t.Errorf("articled = %q, want %q", got, tt.article)
			}
		})
	}
}
