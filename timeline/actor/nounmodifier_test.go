package actor

import "testing"

// TestToldModifier: after "told", a capitalised word before the nouns it
// modifies is no hearer and no person; one that stands alone is.
func TestToldModifier(t *testing.T) {
	checkPersons(t, []personCase{
		{"Witnesses told Denver radio stations that the man had fled.", "Denver", false},
		{"Neighbours told Kessel officials that the man had fled.", "Kessel", false},
		{"Neighbours told Vell that the man had fled.", "Vell", true},
		{"Neighbours told Vell yesterday that the man had fled.", "Vell", true},
		{"Vell told reporters that the man had fled.", "Vell", true},
		{"An officer said Vell was on probation.", "Vell", true},
		{"An officer said Vell has no licence.", "Vell", true},
		// A name of two words after "said" is no speaker either when it
		// modifies the plural noun after it.
		{"Security experts said Velmor Browser users should install the fix.", "Velmor Browser", false},
		{"Security experts said Velmor Browser was unsafe.", "Velmor Browser", true},
		{"An officer said Dana Vell was on probation.", "Dana Vell", true},
		{"Witnesses told Kessel officers were on the way.", "Kessel", false},
	})
}

// TestSourceOfNoun: a name after "from" or "at" that follows a noun is
// where the speaker comes from, no speaker; one that speaks is.
func TestSourceOfNoun(t *testing.T) {
	checkPersons(t, []personCase{
		{"A statement from Halvern said the stores would close.", "Halvern", false},
		{"A spokeswoman at Halvern said the stores would close.", "Halvern", false},
		{"A statement from Halvern Dravo said the stores would close.", "Halvern Dravo", false},
		{"Halvern said the stores would close.", "Halvern", true},
		{"Speaking from London, Halvern said the stores would close.", "Halvern", true},
		{"A lawyer for Dana Halvern said the stores would close.", "Dana Halvern", true},
	})
}

// TestPluralSpeechNoun: a verb of saying that is also a plural noun is the
// noun after a determiner and a modifier, and the name before it no
// speaker; "said" stays a verb.
func TestPluralSpeechNoun(t *testing.T) {
	checkPersons(t, []personCase{
		{"Iran warned the neighbouring Kessar states on Monday.", "Kessar", false},
		{"Iran cited the latest Kessar reports on Monday.", "Kessar", false},
		{"Vell states that the man had fled.", "Vell", true},
	})
}
