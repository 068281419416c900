package extract

import (
	"strings"
	"testing"
)

// TestFreedCaptives: releasing or freeing people reads as the noun "the
// release of the hostages" does (kind other, no statement), with the
// freed as the object, whether named, counted or some "of them"; what is
// published stays a statement.
func TestFreedCaptives(t *testing.T) {
	tests := []struct {
		text, trigger, kind, summary string
	}{
		{"The gunman released four hostages on Monday.", "release", KindOther, "The gunman released four hostages"},
		{"Rebels freed the last five hostages on Monday.", "free", KindOther, "Rebels freed the last five hostages"},
		{"The gunman released four of them on Monday.", "release", KindOther, "The gunman released four"},
		{"The gunman freed four on Monday.", "free", KindOther, "The gunman freed four"},
		// Taken, not released: the noun stays the predicative.
		{"Gunmen took nine people hostage on Monday.", "take hostage", KindAttack, "Gunmen took nine people hostage"},
		// Published things are no people.
		{"The ministry released four reports on Monday.", "release", KindStatement, "The ministry released four reports"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Kind != tt.kind || !strings.HasPrefix(e.Summary, tt.summary) {
				t.Errorf("%s %q, want %s %q%s", e.Kind, e.Summary, tt.kind, tt.summary, describe(r))
			}
		})
	}
}
