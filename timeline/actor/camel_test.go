package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A capital inside a word after a lower-case run makes a brand; the
// openings of names written so ("LaRue", "MacArthur") do not.
func TestCamelBrand(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"TallGrass", true}, {"PayPal", true}, {"DoorDash", true}, {"OpenAI", true}, {"BlackRock", true},
		{"McAdam", false}, {"MacArthur", false}, {"LaRue", false}, {"DeShawn", false}, {"VanDeest", false},
		{"DelGiudice", false}, {"AnnMarie", false}, {"O'Neill", false}, {"Vell", false}, {"NATO", false}, {"TheAcademy", false},
		{"JPMorgan", true}, {"JCPenney", true}, {"CEOs", false}, {"NGOs", false}, {"OConnor", false}, {"MPs", false}, {"LICIACube", false},
	} {
		if got := camelBrand(tc.w); got != tc.want {
			t.Errorf("camelBrand(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// A brand is the company whatever its verb, a name so written still a
// person, and the end of a longer name no name of its own.
func TestCamelBrandSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"DoorDash said it would cut 1,200 jobs.", "DoorDash", timeline.Organization},
		{"The deal will close in June, TallGrass said.", "TallGrass", timeline.Organization},
		{"The outage began when DoorDash pushed an update to its app.", "DoorDash", timeline.Organization},
		{"Kurtz, the company's chief, said TallGrass had fixed it.", "TallGrass", timeline.Organization},
		{"The door was built by Orvan AeroSystems in Wichita.", "AeroSystems", ""},
		{"A YouGov poll put Labour ahead.", "YouGov", timeline.Organization},
		{"The loan came from a group of banks led by JPMorgan.", "JPMorgan", timeline.Organization},
		{"LaRue said he had done nothing wrong.", "LaRue", timeline.Person},
		{"MacArthur said the plan was sound.", "MacArthur", timeline.Person},
	} {
		if tc.kind != "" {
			checkKind(t, []string{tc.text}, tc.name, tc.kind)
			continue
		}
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.name {
				t.Errorf("%q: %q is a mention of its own, no part of a longer name", tc.text, tc.name)
			}
		}
	}
}
