package actor

import "testing"

// TestMembersUnion: "the students' union" is a body of its own, named
// with its members, which no other union the story names answers for;
// a possessive before another noun stays the group.
func TestMembersUnion(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The students' union said it would support those arrested.", "students' union=students-union"},
		{"The University and College Union (UCU) backed the walkout. The students' union said it would help.",
			"University and College Union=university-and-college-union UCU=university-and-college-union students' union=students-union"},
		// Must not change.
		{"The students' leaders met.", "students=(students)"},
		{"The University and College Union backed the walkout. The union said it would help.",
			"University and College Union=university-and-college-union union=university-and-college-union"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
