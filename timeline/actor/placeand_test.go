package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPlaceAfterAnd: a name joined by "and" or "or" to a place after a
// preposition of place is a place too, as a gazetteer's place is.
func TestPlaceAfterAnd(t *testing.T) {
	tests := []struct{ text, name string }{
		{"The chain runs 14 hospitals across Ohio and Kentucky.", "Kentucky"},
		{"Floods hit villages in Dovrik and Kessel Vale on Sunday.", "Kessel Vale"},
		{"Protests were held in Ostravia or Norland last year.", "Norland"},
	}
	for _, tc := range tests {
		checkKind(t, []string{tc.text}, tc.name, timeline.Place)
	}
	// A person's context still wins: "and Vell said" is a speaker.
	checkPersons(t, []personCase{{"Talks in Dovrik ended, and Mr Vell and Tomas Brede said so.", "Tomas Brede", true}})
}
