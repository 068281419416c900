package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOfficePlace: the run after a mayor's or governor's "of" is a place,
// even where a given name opens it; a title's field after "of" still
// leads to the person after it.
func TestOfficePlace(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Lena Park resigned as mayor of Harlow Springs on Thursday.", "Harlow Springs", timeline.Place},
		{"The mayor of Harlow Springs said the city was safe.", "Harlow Springs", timeline.Place},
		{"Chief of Police Barry Weber said the road was closed.", "Barry Weber", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	checkPersons(t, []personCase{{"Lena Park resigned as mayor of Harlow Springs on Thursday.", "Springs", false}})
}
