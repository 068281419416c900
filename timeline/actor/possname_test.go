package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPossessiveNames: a name written as a possessive that is the subject
// of the verb after it is a body named so ("Brantley's downgraded the
// bonds"), in all its mentions in the document; a possessive owning the
// noun after it keeps its plain name.
func TestPossessiveNames(t *testing.T) {
	tests := []struct {
		text, mention, name, kind string
	}{
		{"Ratings agency Brantley's downgraded the bonds on Friday.", "Brantley's", "Brantley's", timeline.Organization},
		{"The retailer Harrow's said sales fell in March.", "Harrow's", "Harrow's", timeline.Organization},
		{"The retailer Harrow's will close 40 stores. Harrow's chief executive resigned.", "Harrow's", "Harrow's", timeline.Organization},
		{"The retailer Harrow's chief executive resigned on Monday.", "Harrow", "Harrow", timeline.Organization},
		{"Ratings agency Brantley's revised outlook surprised investors.", "Brantley", "Brantley", timeline.Organization},
		{"President Tarro Vell's aides said the trip was off.", "Tarro Vell", "Tarro Vell", timeline.Person},
	}
	for _, tc := range tests {
		all := findTexts(t, []string{tc.text})[0]
		n := 0
		for _, m := range all {
			if m.Text != tc.mention {
				continue
			}
			n++
			if m.Name != tc.name || m.Kind != tc.kind {
				t.Errorf("%q: %q is %s %q, want %s %q", tc.text, m.Text, m.Kind, m.Name, tc.kind, tc.name)
			}
		}
		if n == 0 {
			t.Errorf("%q: no mention %q in %v", tc.text, tc.mention, all)
		}
	}
}
