package extract

import (
	"fmt"
	"strings"
	"testing"
)

// A subject only a pronoun names goes on in the pronouns after it: a
// person the sentence names as an object does not take its place.
func TestPronounSubjectGoesOn(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		// the second "she" is the first, not the object
		{"Anna Berg resigned on Monday. Aides said she called Eva Falk to say she would leave.", "leave", "agent:anna-berg"},
		// and so is the "he" of the next sentence
		{"The prime minister gave way on Thursday. Aides said he called Carl Dahl. He then appointed new ministers.", "appoint", ""},
		{"Gus Holm resigned on Monday. Aides said he called Carl Dahl. He then drove home.", "drive", "agent:gus-holm"},
		{"Gus Holm resigned on Monday. Aides said he praised Carl Dahl. He then boarded a plane.", "board", "agent:gus-holm"},
		// a chain of sentences each led by a pronoun is followed back only so far
		{"Gus Holm resigned on Monday. " + pronounChain(12) + "He then boarded a plane.", "board", ""},
		{"Gus Holm resigned on Monday. " + pronounChain(3) + "He then boarded a plane.", "board", "agent:gus-holm"},
		// only the sentence right before: two back, a pronoun subject is no antecedent of a later object
		{"Carl Dahl spoke on Monday. He said the inquiry would go on. The regulator filed a lawsuit against the founder on Tuesday. The regulator accused him of fraud.", "accuse", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if got := actorsOf(e); got != tc.want {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}

// pronounChain returns n sentences, each led by "he", that name Carl Dahl.
func pronounChain(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Aides said he called Carl Dahl %d times. ", i+2)
	}
	return b.String()
}
