package actor

import "testing"

// TestRankBeforeState: a rank written before the state that qualifies a
// title is the title's ("Assistant U.S. Attorney"), and the name after
// it the person's alone.
func TestRankBeforeState(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{`"He lied to them," Assistant U.S. Attorney Anna Berg said in her opening statement.`, "Anna Berg", "Assistant US Attorney"},
		{"Former Deputy US Trade Representative Carl Dahl said the talks would fail.", "Carl Dahl", "former Deputy US Trade Representative"},
		{"US Attorney Gus Holm told reporters outside the courthouse.", "Gus Holm", "US Attorney"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range findOne(tc.text) {
			if m.Name == tc.name {
				found = true
				if m.Role != tc.role {
					t.Errorf("%q: %q has role %q, want %q", tc.text, m.Name, m.Role, tc.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q in %s", tc.text, tc.name, mentionIDs(findOne(tc.text)))
		}
	}
}
