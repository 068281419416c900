package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStoryInitials: a union, a guild or a carmaker named in full in one
// article is the body its initials name in another, two letters too
// where the body speaks or holds an office ("GM said", "KAW President
// Gus Holm"); a saint's or mountain's name abbreviated, or a hyphen for
// a space, is one body, whose initials then have one name to spell.
func TestStoryInitials(t *testing.T) {
	tests := []struct {
		docs []string
		want string // the last document's mentions
	}{
		// A name ending in "Workers", "Guild" or "Motor" is a body's.
		{[]string{"The Kelby Auto Workers went on strike on Friday.", "KAW President Gus Holm said the talks had failed."},
			"KAW=(kelby-auto-workers) Gus Holm=gus-holm"},
		{[]string{"The Screen Painters Guild called a strike.", "The SPG said the talks had failed."},
			"SPG=screen-painters-guild"},
		{[]string{"Workers at Halvard Motor walked out on Friday. Halvard said it was disappointed."},
			"Workers=workers Halvard Motor=halvard-motor Halvard=halvard-motor"},
		// Two capitals that speak are a body, and the one body of the
		// story they spell.
		{[]string{"Gus Holm joined striking workers at a Grand Motors plant.", "GM said it was disappointed."},
			"GM=grand-motors"},
		{[]string{"GM said it was disappointed. Its chief executive, Anna Berg, said the company had made a fair offer."},
			"GM=gm Anna Berg=anna-berg company=gm"},
		// "St" is "Saint": one hospital, which "SAH" spells in a third
		// article.
		{[]string{"The St Anna Hospital closed its ward.", "The Saint Anna Hospital reopened it.", "SAH said the ward was safe."},
			"SAH=saint-anna-hospital"},
	}
	for _, tc := range tests {
		t.Run(tc.docs[len(tc.docs)-1], func(t *testing.T) { checkLastDoc(t, tc.docs, tc.want) })
	}
}

// TestListedFirms: a bare word listed with named bodies is a body, in
// every bare mention of the document; a comma alone, or a person's full
// name in the list, makes none.
func TestListedFirms(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Plants run by Halvard Motors, Brevik Steel and Norvex closed. Norvex told reporters the plants would reopen.", "Norvex", timeline.Organization},
		{"When we started, Halvard Motors, GX and Norvex told us our demands were absurd.", "Norvex", timeline.Organization},
		{"Speaking from Brevik Steel, Norvex told reporters the plants would reopen.", "Norvex", timeline.Person},
		{"Halvard Motors and Anna Berg agreed.", "Anna Berg", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// TestBodyNameSpelling: a body's name with "St" or "Saint", "Mt" or
// "Mount", "&" or "and", a hyphen or a space is one name.
func TestBodyNameSpelling(t *testing.T) {
	g := loadDefault()
	for _, pair := range [][2]string{
		{"Paris Saint-Germain", "Paris St Germain"},
		{"Paris St-Germain", "Paris St. Germain"},
		{"Mount Kelby Hospital", "Mt Kelby Hospital"},
		{"Berg & Dahl Partners", "Berg and Dahl Partners"},
	} {
		_, a := g.bodyName(pair[0])
		_, b := g.bodyName(pair[1])
		if a != b || a == "" {
			t.Errorf("%q is %q, %q is %q: want one name", pair[0], a, pair[1], b)
		}
	}
}
