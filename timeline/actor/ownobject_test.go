package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDescriptionNotOwnObject: a description right after a body's verb
// is another body ("fined the club"), while one in a clause the body
// says or another sentence may be the body itself.
func TestDescriptionNotOwnObject(t *testing.T) {
	tests := []struct {
		text, desc, want string // want "" when the description names no one
	}{
		{"World Rugby fined the club on Monday.", "club", ""},
		{"Halvorsen Group bought the company in May.", "company", ""},
		{"Halvorsen Group said the company would appeal.", "company", "Halvorsen Group"},
		{"Halvorsen Group lost the case. The company will appeal.", "company", "Halvorsen Group"},
		{"A suspended Halvorsen Group employee at the company's plant was held.", "company", "Halvorsen Group"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			got := ""
			for _, m := range ms[0] {
				if m.Text == tc.desc {
					got = m.Name
				}
			}
			if got != tc.want {
				t.Errorf("%q names %q, want %q (%s)", tc.desc, got, tc.want, mentionIDs(ms[0]))
			}
		})
	}
}

// TestBuildingNoCompany: a building named as a body ("Garnet Tower") is
// never "the company"; the company named beside it is.
func TestBuildingNoCompany(t *testing.T) {
	text := "The Garnet Tower collapsed on Monday. The Garnet Tower had twelve floors. A judge charged Marek Dostal, the chief executive of Halvard Construction, on Friday. Two engineers from the company were charged."
	ms, _ := findAndResolve(t, []timeline.Document{docOf("a", text)})
	for _, m := range ms[0] {
		if m.Text == "company" && m.Name != "Halvard Construction" {
			t.Errorf("%q names %q, want Halvard Construction (%s)", m.Text, m.Name, mentionIDs(ms[0]))
		}
	}
}
