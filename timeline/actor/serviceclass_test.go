package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestServiceClass: "service" after a word for what it serves classes
// the name after it as a body, as "agency" does; bare "service", or a
// date after it, does not.
func TestServiceClass(t *testing.T) {
	tests := []struct{ text, word, kind string }{
		{"They will hold talks at the conciliation service Acas next week.", "Acas", timeline.Organization},
		{"Customers left the streaming service Vidly in March.", "Vidly", timeline.Organization},
		{"They met the rail operator Coastal Rail on Monday.", "Coastal Rail", timeline.Organization},
		{"Mourners gathered for the memorial service Sunday.", "Sunday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got, ids := kindOfWord(t, tc.text, tc.word); got != tc.kind {
				t.Errorf("%q is %q, want %q (%s)", tc.word, got, tc.kind, ids)
			}
		})
	}
}
