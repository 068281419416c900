package language

import "testing"

// TestClauseOnVerb: a finite verb after the noun "after" opens, which the
// parse hung on the main verb as a noun's clause, is the clause's verb and
// the noun its subject.
func TestClauseOnVerb(t *testing.T) {
	const text = "Lena Park asked for a recount on Friday after final results showed her losing by 312 votes."
	checkArcs(t, []arcCase{
		{text, "results", "showed", "nsubj", false},
		{text, "showed", "asked", "advcl", false},
		{text, "after", "showed", "mark", false},
		{"Lena Park asked for a recount on Friday after the results.", "results", "asked", "obl", false},
	})
}

// TestClauseConjoinedAbove: a finite verb after the noun "as" opens, which
// the parse joined with no conjunction to the main verb, is the clause's
// verb, and what it held before "as" is the main verb's again.
func TestClauseConjoinedAbove(t *testing.T) {
	const text = "A fast-moving fire tore through the valley on Monday, forcing 600 people to leave their homes as strong winds pushed the flames toward the town."
	checkArcs(t, []arcCase{
		{text, "winds", "pushed", "nsubj", false},
		{text, "forcing", "tore", "advcl", false},
		{text, "tore", "", "root", false},
		{"The fire tore through the valley as crews watched and residents fled.", "fled", "watched", "conj", false},
	})
}

// TestClauseAfterCommaPhrase: a phrase set off by commas may stand between
// the noun "after" opens and the clause's verb.
func TestClauseAfterCommaPhrase(t *testing.T) {
	const text = "The rescue came a day after a strong aftershock, of magnitude 5.1, shook the town on Monday evening."
	checkArcs(t, []arcCase{
		{text, "aftershock", "shook", "nsubj", false},
		{text, "shook", "came", "advcl", false},
		{"Crews left after the talks, which lasted an hour, and returned later.", "talks", "left", "obl", false}, // no verb right after the phrase
	})
}
