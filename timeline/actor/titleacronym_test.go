package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTitleAcronym: a word in title case that spells a named body's
// initials is that body; a person's surname that spells none stays the
// person's.
func TestTitleAcronym(t *testing.T) {
	for _, tc := range []struct{ text, written, name, kind string }{
		{"The Kelby Arbitration and Conciliation Service said talks would begin. Both sides agreed to meet at Kacs on Monday.",
			"Kacs", "Kelby Arbitration and Conciliation Service", timeline.Organization},
		{"The Northern Rail Workers Union (Nrwu) said it would strike. Nrwu said members were ready.",
			"Nrwu", "Northern Rail Workers Union", timeline.Organization},
		{"Anna Berg joined Kelby Energy Group in May. Berg said she was happy.", "Berg", "Anna Berg", timeline.Person},
	} {
		eachMention(t, tc.text, tc.written, func(m Mention) {
			if m.Name != tc.name || m.Kind != tc.kind {
				t.Errorf("%q: %q is %q (%s), want %q (%s)", tc.text, tc.written, m.Name, m.Kind, tc.name, tc.kind)
			}
		})
	}
}
