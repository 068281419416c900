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
		{"DelGiudice", false}, {"AnnMarie", false}, {"O'Neill", false}, {"Vell", false}, {"NATO", false},
	} {
		if got := camelBrand(tc.w); got != tc.want {
			t.Errorf("camelBrand(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// A brand that speaks is the company, a name so written still a person.
func TestCamelBrandSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"DoorDash said it would cut 1,200 jobs.", "DoorDash", timeline.Organization},
		{"The deal will close in June, TallGrass said.", "TallGrass", timeline.Organization},
		{"LaRue said he had done nothing wrong.", "LaRue", timeline.Person},
		{"MacArthur said the plan was sound.", "MacArthur", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}
