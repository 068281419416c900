package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPlaceCompanies: a place that opens a company's name the document
// gives is the company where it acts as a body does, and the place after
// a preposition or an article, or in a document whose body so named is
// the government's.
func TestPlaceCompanies(t *testing.T) {
	doc := "Alaska Airlines grounded its jets. Alaska said it had begun checks. Alaska canceled 170 flights on Sunday. " +
		"Travellers sued Alaska and Boeing. Alaska CEO Ben Vell was angry. Alaska's chief executive spoke. " +
		"The jet had been delivered to Alaska in October. Flights to Alaska resumed. The Alaska coast is long. " +
		"Alaska residents were angry. He praised Alaska and Senator Hale."
	gov := "The Alaska Department of Transportation closed the road. Alaska said it would reopen soon."
	all := findTexts(t, []string{doc, gov})
	var kinds []string
	for _, m := range all[0] {
		if m.Text == "Alaska" {
			kinds = append(kinds, m.Kind)
		}
	}
	o, p := timeline.Organization, timeline.Place
	want := []string{o, o, o, o, o, p, p, p, p, p}
	if len(kinds) != len(want) {
		t.Fatalf("Alaska mentions %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Errorf("Alaska mention %d is a %s, want a %s (%v)", i, kinds[i], want[i], kinds)
		}
	}
	for _, m := range all[1] {
		if m.Text == "Alaska" && m.Kind != p {
			t.Errorf("%q: Alaska is a %s", gov, m.Kind)
		}
	}
	for _, m := range all[0] {
		if m.Name == "Ben Vell" && m.Country != "" {
			t.Errorf("Ben Vell, Alaska CEO, is of %q, want no country", m.Country)
		}
	}
}
