package actor

import "testing"

// TestRoleDescription: the title words of a role phrase that holds a body
// or a place, set before a name with a comma, are a mention of the person
// named; a phrase of title words alone is none.
func TestRoleDescription(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The acting head of the Norvian Aviation Authority, Gus Holm, said the ban would stay.",
			"The acting head=gus-holm Norvian Aviation Authority=(norvian-aviation-authority) Gus Holm=gus-holm"},
		{"The Ohio attorney general, Anna Berg, is leading the case.",
			"Ohio=(ohio) attorney general=anna-berg Anna Berg=anna-berg"},
		{"The suspect, Tomas Brede, was injured.", "Tomas Brede=tomas-brede"},
	}
	for _, tc := range tests {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
