package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrgRunShapes: a company named with a minister's field, a firm of
// partners joined by "&", and a government body whose word opens its
// name before "of" or "for" are organisations by their shape alone.
func TestOrgRunShapes(t *testing.T) {
	tests := []struct{ text, name, kind string }{
		{"Two patients sued Merriton Health on Thursday.", "Merriton Health", timeline.Organization},
		{"Shares of Kessel Energy fell on Monday.", "Kessel Energy", timeline.Organization},
		{"The suit was filed by the law firm Hartley & Moss on Friday.", "Hartley & Moss", timeline.Organization},
		{"The Department of Health and Human Services opened an inquiry.", "Department of Health and Human Services", timeline.Organization},
		{"The Office for Civil Rights at the Department of Health fined the chain.", "Office for Civil Rights", timeline.Organization},
		{"The Office for Civil Rights at the Department of Health fined the chain.", "Department of Health", timeline.Organization},
		{"The Department of Justice and Tom Hale said the deal was off.", "Department of Justice", timeline.Organization},
	}
	for _, tc := range tests {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	// A minister's field before the title is the title's; two given
	// names joined by "&" are no firm.
	checkPersons(t, []personCase{
		{"Norvian Health Minister Ivo Dane resigned on Monday.", "Ivo Dane", true},
	})
	for _, m := range findTexts(t, []string{"The couple Liz & Dick married twice."})[0] {
		if m.Text == "Liz & Dick" {
			t.Errorf("%q is a %s", m.Text, m.Kind)
		}
	}
}
