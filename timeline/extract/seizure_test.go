package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSeizureOfValuables checks that taking money or goods from their
// holder is a step of the law, not an attack, whoever the text says took
// them, and that taking a place or a vessel stays an attack.
func TestSeizureOfValuables(t *testing.T) {
	bodies := []who{
		{text: "Justice Department", id: "justice-department", kind: timeline.Organization},
		{text: "Finance Ministry", id: "finance-ministry", kind: timeline.Organization},
		{text: "rebels", id: "rebels", kind: timeline.Group},
		{text: "Sudlish forces", id: "sudland-forces", kind: timeline.Group, country: "sudland"},
	}
	tests := []struct{ text, trigger, kind string }{
		{"The Justice Department said it had seized about 63.7 bitcoin from a digital wallet.", "seize", "legal"},
		{"The Finance Ministry seized the funds of the foundation on Monday.", "seize", "legal"},
		{"The rebels seized the town of Ostburg on Monday.", "seize", "attack"},
		{"Sudlish forces seized a tanker in the strait on Monday.", "seize", "attack"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextCast(t, tc.text, bodies, nil)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tc.kind, describe(r))
			}
		})
	}
}
