package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWholeInstitutions: a title word that opens an institution's name
// is the name's.
func TestWholeInstitutions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Carl Dahl has been held since August at the Metropolitan Detention Center in Brooklyn.", "Metropolitan Detention Center"},
		{"Anna Berg was moved to the Metropolitan Correctional Center on Monday.", "Metropolitan Correctional Center"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range findOne(tc.text) {
			if m.Kind == timeline.Organization && m.Name == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no organisation %q in %s", tc.text, tc.want, mentionIDs(findOne(tc.text)))
		}
	}
}
