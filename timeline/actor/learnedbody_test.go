package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLearnedBodyOf: an academy, institute, society or council named
// "X of Y" is one organisation, a single word after an "and" ending its
// field, and the short name a story goes on with ("the Academy") is the
// same body.
func TestLearnedBodyOf(t *testing.T) {
	kinds := []struct{ text, name string }{
		{"The Academy of Film Arts and Sciences barred the director on Friday.", "Academy of Film Arts and Sciences"},
		{"The Academy of Sciences elected three members.", "Academy of Sciences"},
		{"The Institute of Marine Engineering said the hull was sound.", "Institute of Marine Engineering"},
		{"The Council of Ministers and Tom Hale said the deal was off.", "Council of Ministers"},
	}
	for _, tc := range kinds {
		checkKind(t, []string{tc.text}, tc.name, timeline.Organization)
	}
	// The short name as the entity recogniser gives it, in a second article.
	doc := docOf("a", "The Academy of Film Arts and Sciences barred the director on Friday.")
	short := "The director apologised to the Academy on Saturday."
	at := len("The director apologised to the ")
	actors := Resolve([][]Mention{NewFinder().Find(&doc),
		{{Start: at, End: at + len("Academy"), Text: "Academy", Name: "Academy", Kind: timeline.Organization}}})
	_ = short
	found := false
	for _, a := range actors {
		if a.Name == "Academy" {
			t.Errorf("the short name stays a body of its own: %+v", a)
		}
		if a.Name == "Academy of Film Arts and Sciences" {
			found = slices.Contains(a.Aliases, "Academy")
		}
	}
	if !found {
		t.Errorf("no Academy of Film Arts and Sciences with alias Academy in %+v", actors)
	}
}

// TestInvertedOfJoins: the formal name with "of" and the everyday one
// with the place before the head word are one body.
func TestInvertedOfJoins(t *testing.T) {
	_, actors := findAndResolve(t, []timeline.Document{
		docOf("a", "A lecturer at the University of Harlow built the app in 2014."),
		docOf("b", "Harlow University said on Monday it had opened an inquiry."),
	})
	n := 0
	for _, a := range actors {
		if a.Kind == timeline.Organization {
			n++
		}
	}
	if n != 1 {
		t.Errorf("want one university, got %+v", actors)
	}
}
