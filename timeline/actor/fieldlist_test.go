package actor

import "testing"

// TestListedFields: the fields a body's name lists with commas open its
// name; a place and its comma before a body's name do not.
func TestListedFields(t *testing.T) {
	for _, tc := range []struct{ text, written, name string }{
		{"Members of the Rail, Maritime and Transport Workers union backed the offer.", "Rail, Maritime and Transport Workers", "Rail, Maritime and Transport Workers"},
		{"The Advisory, Conciliation and Arbitration Service said the talks would begin.", "Advisory, Conciliation and Arbitration Service", "Advisory, Conciliation and Arbitration Service"},
		{"In Kelby, Rail and Transport Union members walked out.", "Rail and Transport Union", "Rail and Transport Union"},
	} {
		eachMention(t, tc.text, tc.written, func(m Mention) {
			if m.Name != tc.name {
				t.Errorf("%q: %q is %q, want %q", tc.text, tc.written, m.Name, tc.name)
			}
		})
	}
}
