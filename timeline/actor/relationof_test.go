package actor

import "testing"

// TestRelationOf: a relation "of" a titled person is no part of the
// person's title; a title with "of" inside stays whole.
func TestRelationOf(t *testing.T) {
	for _, tc := range []struct{ text, written, role string }{
		{"The company is owned by a close friend of Mayor Lena Park, officials said.", "Lena Park", "Mayor"},
		{"The firm is run by a cousin of Governor Ivo Renner.", "Ivo Renner", "Governor"},
		{"Secretary of State Anna Berg said the talks were over.", "Anna Berg", "Secretary of State"},
	} {
		eachMention(t, tc.text, tc.written, func(m Mention) {
			if m.Role != tc.role {
				t.Errorf("%q: %q has role %q, want %q", tc.text, tc.written, m.Role, tc.role)
			}
		})
	}
}
