package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBareBody: a one-word speaker that a later "the company" can only
// stand for is the company; one a title, a full name or "he" marks, or
// beside a body the text names, stays a person.
func TestBareBody(t *testing.T) {
	tests := []struct {
		text, name string
		kind       string // of every mention of name
		company    string // the name "the company" resolves to, "" when it is dropped
	}{
		{"Norvex said the flaw was serious. The company said a fix was coming.", "Norvex", timeline.Organization, "Norvex"},
		{"The flaw is serious, Norvex said on Monday. Users should wait, Norvex said. The firm rarely issues fixes.", "Norvex", timeline.Organization, ""},
		{"Vell said he would sign. The company said nothing.", "Vell", timeline.Person, ""},
		{"Mr Vell said the bid was low. The company said it would wait.", "Vell", timeline.Person, ""},
		{"Dana Vell said the bid was low. Vell said the board agreed. The company said it would wait.", "Dana Vell", timeline.Person, ""},
		{"Halvorsen Group offered 4 billion. Vell said the bid was low. The company said it would wait.", "Vell", timeline.Person, "Halvorsen Group"},
		{"Vell said the bid was low. The court said it would rule on Monday.", "Vell", timeline.Person, ""},
	}
	for _, tc := range tests {
		n := 0
		company := ""
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Name == tc.name && m.Text != "company" && m.Text != "firm" {
				n++
				if m.Kind != tc.kind {
					t.Errorf("%q: %q is a %s, want a %s", tc.text, m.Text, m.Kind, tc.kind)
				}
			}
			if m.Text == "company" || m.Text == "firm" {
				company = m.Name
			}
		}
		if n == 0 {
			t.Errorf("%q: no mention of %q", tc.text, tc.name)
		}
		want := tc.company
		if want == "" && tc.kind == timeline.Organization {
			want = tc.name
		}
		if company != want {
			t.Errorf("%q: the company is %q, want %q", tc.text, company, want)
		}
	}
}
