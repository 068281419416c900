package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCountryFormsOfBodies: a body's name opening on its country names it
// whichever way the outlet writes the country; a possessive after dotted
// initials leaves the body's name whole.
func TestCountryFormsOfBodies(t *testing.T) {
	tests := []struct {
		text, mention, name, kind string
	}{
		{"Larry Summers, a former U.S. Treasury Secretary, joined the board.", "U.S. Treasury", "US Treasury", timeline.Organization},
		{"The United States Treasury said on Monday it would act.", "United States Treasury", "US Treasury", timeline.Organization},
		{"The United Nations Security Council met on Monday.", "United Nations Security Council", "UN Security Council", timeline.Organization},
		{"The U.K.'s Competition and Markets Authority blocked the deal.", "Competition and Markets Authority", "Competition and Markets Authority", timeline.Organization},
		{"The U.K.'s Competition and Markets Authority blocked the deal.", "U.K.", "United Kingdom", timeline.Country},
		{"The U.S.’s top general flew to Kyiv.", "U.S.", "United States", timeline.Country},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := findOne(tc.text)
			for _, m := range ms {
				if m.Text == tc.mention {
					if m.Name != tc.name || m.Kind != tc.kind {
						t.Errorf("%q is %s %q, want %s %q", m.Text, m.Kind, m.Name, tc.kind, tc.name)
					}
					return
				}
			}
			t.Errorf("no mention %q: %+v", tc.mention, ms)
		})
	}
}

// TestBodyCountryVariantsJoin: names of two words that open on one
// country written two ways are one body; another country's is not.
func TestBodyCountryVariantsJoin(t *testing.T) {
	org := func(name string) []Mention {
		return []Mention{{Start: 0, End: len(name), Text: name, Name: name, Kind: timeline.Organization}}
	}
	docs := [][]Mention{org("U.S. Mintery"), org("US Mintery"), org("United States Mintery"), org("UK Mintery"), org("U.N. Mintery"), org("UN Mintery")}
	Resolve(docs)
	id := func(d int) string { return docs[d][0].ID }
	if id(0) != id(1) || id(0) != id(2) {
		t.Errorf("US variants: ids %q %q %q, want one", id(0), id(1), id(2))
	}
	if id(3) == id(0) {
		t.Errorf("UK Mintery joined the US one: %q", id(3))
	}
	if id(4) != id(5) {
		t.Errorf("U.N. Mintery %q and UN Mintery %q, want one", id(4), id(5))
	}
}
