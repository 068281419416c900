package language

import "testing"

// TestTitledSpeaker: a speaker named with a title in lower case after what
// was said ("…, speaker Ivo Renner said") is the verb's subject and the
// verb the root, though the parse hung the comma on the title.
func TestTitledSpeaker(t *testing.T) {
	const text = "Parliament will vote on the motion next Thursday, speaker Ivo Renner said."
	checkArcs(t, []arcCase{
		{text, "said", "", "root", false},
		{text, "Ivo", "said", "nsubj", false},
		{text, "speaker", "Ivo", "compound", false},
		{text, "vote", "said", "ccomp", false},
	})
}

// TestApposedSubject: after a span of time and the phrase it counts from,
// the name after the comma is the verb's subject, not an apposition of
// the phrase with the span the subject; its own description between
// commas is its apposition.
func TestApposedSubject(t *testing.T) {
	const text = "Hours after the crash, Anna Berg, the airline's chief executive, was summoned to parliament."
	const titled = "Minutes after the vote, Senator Gus Holm of Ostburg, a close ally of the mayor, was named chairman."
	checkArcs(t, []arcCase{
		{text, "Anna", "summoned", "nsubj:pass", false},
		{text, "Hours", "summoned", "obl:unmarked", false},
		{text, "executive", "Anna", "appos", false},
		{titled, "Gus", "named", "nsubj:pass", false},
		{titled, "Minutes", "named", "obl:unmarked", false},
		{"Hours after the crash, Anna Berg said the plane was safe.", "Anna", "said", "nsubj", false},
	})
}

// TestDayBeforeParticiple: a day after "on" before a participle is the
// time of the verb before it, not the participle's subject, and the
// participle describes that verb's object.
func TestDayBeforeParticiple(t *testing.T) {
	const text = "Prosecutors unsealed an indictment on Tuesday charging Carl Dahl with fraud."
	checkArcs(t, []arcCase{
		{text, "Tuesday", "unsealed", "obl", false},
		{text, "on", "Tuesday", "case", false},
		{text, "charging", "indictment", "acl", false},
		{"Carl Dahl left Ostburg on Sunday taking the files with him.", "taking", "left", "advcl", false}, // no text: the subject's
	})
}

// TestTitleOfName: an office "of" its field before a name is the name's
// title; the name is the verb's subject.
func TestTitleOfName(t *testing.T) {
	const text = "Secretary of State Lena Park postponed her trip to Ostburg on Friday."
	const field = "Minister of Foreign Affairs Gus Holm visited the port on Monday."
	checkArcs(t, []arcCase{
		{text, "Lena", "postponed", "nsubj", false},
		{text, "Secretary", "Lena", "compound", false},
		{text, "State", "Secretary", "nmod", false},
		{field, "Gus", "visited", "nsubj", false},
		{field, "Affairs", "Minister", "nmod", false},
	})
}

// TestPhraseRoot: a fronted phrase is no root; the verb after the comma,
// with a subject of its own, is, and the phrase its oblique.
func TestPhraseRoot(t *testing.T) {
	const text = "On Wednesday, after a week of talks that had stalled twice over the border, the two leaders will sign the accord."
	checkArcs(t, []arcCase{
		{text, "sign", "", "root", false},
		{text, "Wednesday", "sign", "obl", false},
		{text, "week", "sign", "obl", false},
	})
}
