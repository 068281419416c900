package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTakeoverKinds: one company buying another is a transaction however
// it is told (acquired, the acquisition, took over, the takeover, bought),
// so that the tellings of one deal can merge; what is learnt or a place
// seized is no purchase.
func TestTakeoverKinds(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"Halden Bank will acquire its rival for 3 billion francs.", "acquire", "transaction"},
		{"Halden Bank will acquire a 20 percent stake in Ostbank.", "acquire", "transaction"},
		{"Halden Bank completed the acquisition on Monday.", "acquisition", "transaction"},
		{"The acquisition would create a giant, Eva Falk said on Monday.", "acquisition", "transaction"},
		{"Halden Bank took over its stricken rival on Monday.", "take over", "transaction"},
		{"Halden Bank took over Nordia Bank on Monday.", "take over", "transaction"},
		{"Halden Bank bought Ostbank on Monday.", "buy", "transaction"},
		{"Halden Bank agreed a takeover of Ostbank on Sunday.", "takeover", "transaction"},
		{"Carl Dahl acquired new skills on Monday.", "acquire", KindOther},
		{"Carl Dahl acquired citizenship on Monday.", "acquire", KindOther},
		{"Rebel fighters took over the town on Monday.", "take over", KindOther},
		{"Rebel fighters took over Ostburg on Monday.", "take over", KindOther},
		{"The plane passed over the town on Monday.", "pass", "movement"}, // a way, not a takeover
	}
	banks := []who{
		{text: "Halden Bank", id: "halden-bank", kind: timeline.Organization},
		{text: "Nordia Bank", id: "nordia-bank", kind: timeline.Organization},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, banks, nil)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
		})
	}
}
