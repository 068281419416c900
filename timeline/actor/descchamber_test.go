package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDescribedBeyondChamber: "the company" is no committee or
// legislature, whatever its name says of trade, and "the legislature" is
// the one named before; a class noun after a name, its article and
// adjectives only describes the name, so "the firm" after it is that body.
func TestDescribedBeyondChamber(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Orbix said it would change its rules. Senator Kel Varro, the top Democrat on the Senate Trade Committee, said the company had ducked questions.",
			"Orbix=orbix Kel Varro=kel-varro Senate Trade Committee=senate-trade-committee company=orbix"},
		{"The president of the Ostrian Parliament, Ada Renn, said the legislature would invite Orbix.",
			"The president=ada-renn Ostrian Parliament=(ostrian-parliament) Ada Renn=ada-renn legislature=ostrian-parliament"},
		{"Orbix suspended Vantel Analytica, the political data firm that worked on the campaign. The firm denied wrongdoing.",
			"Vantel Analytica=vantel-analytica firm=vantel-analytica"},
		// A description that a verb follows is its clause's subject.
		{"Ostria is a member of the Kessel Union, the government can not keep order.",
			"Kessel Union=kessel-union government=government"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestApposingGap: a comma and an article set a description beside a name
// only written closely; the adjectives its reading passed over may stand
// between at any spacing, but not a third word or a verb.
func TestApposingGap(t *testing.T) {
	tests := []struct {
		gap        string
		near, want bool
	}{
		{", the ", true, true},
		{" , the ", false, false}, // "in the final days of the Brody administration , the department finalized"
		{", the political ", false, true},
		{", the new political ", false, true},
		{", the very new political ", false, false},
		{", which the ", false, false},
	}
	for _, tc := range tests {
		if got := apposing(tc.gap, tc.near); got != tc.want {
			t.Errorf("apposing(%q, %v) = %v, want %v", tc.gap, tc.near, got, tc.want)
		}
	}
}
