package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFieldBody: a ministry's field before a name that is no title's
// opens a body's name; before a title, the person keeps the title.
func TestFieldBody(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Passenger group Transport Focus said travellers were fed up.", "Transport Focus", timeline.Organization},
		{"Health Matters said the plan would cost lives.", "Health Matters", timeline.Organization},
		{"Transport Secretary Hugh Carver said he would not intervene.", "Hugh Carver", timeline.Person},
		{"Health Minister Anna Berg resigned on Monday.", "Anna Berg", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	checkPersons(t, []personCase{{"Transport Focus said travellers were fed up.", "Focus", false}})
}
