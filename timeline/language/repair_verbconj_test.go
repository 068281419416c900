package language

import "testing"

// TestVerbConjunctOfNoun: a finite verb after "and" that the parse made a
// noun's conjunct is the conjunct of the first finite verb above the noun
// with a subject; a verb that conjoins with a relative clause's verb keeps
// it. An apposition hung on its comma is the noun's before the comma.
func TestVerbConjunctOfNoun(t *testing.T) {
	const text = "European leaders on Monday gave the military council in Ostland two weeks to release the detained prime minister, Anna Koné, and said they would not rule out the use of force."
	checkArcs(t, []arcCase{
		{text, "said", "gave", "conj", false},
		{text, "Anna", "minister", "appos", false},
		{"Police arrested a man who stabbed a woman and fled.", "fled", "stabbed", "conj", false},
		{"Regional leaders on Sunday gave the army a week to reinstate the ousted president, Ivo Renner, and said they would not rule out sanctions.", "said", "gave", "conj", false}, // parsed right already
	})
}
