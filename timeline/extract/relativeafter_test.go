package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestPhraseBeforeRelative: an event noun in a phrase after its clause
// takes no doer from a relative clause that tells of the noun itself
// ("an attack that … took 251 hostages" was no attack by the hostages);
// a phrase fronted before its clause still takes the clause's subject.
func TestPhraseBeforeRelative(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{
		{text: "hostages", id: "hostages", kind: timeline.Group},
		{text: "Hamas", id: "hamas", kind: timeline.Organization},
		{text: "Israel", id: "israel", kind: timeline.Country},
	}
	tests := []struct{ text, trigger, want string }{
		{"Israel launched an operation to destroy Hamas, in response to an attack that killed 300 people and took 25 hostages.", "attack", ""},
		{"Israel launched an operation, after an attack that killed 300 people and took 25 hostages.", "attack", ""},
		// The comma of "1,200" ends no clause: "200 people and took 251
		// hostages" is no clause after the phrase.
		{"Israel launched an operation, in response to an attack that killed about 1,200 people and took 251 hostages.", "attack", ""},
		{"During talks on Monday, Hamas agreed to free the hostages.", "talk", "agent:hamas"},
		// A passive's subject underwent its verb during the attack; it
		// did not attack.
		{"The hostages were injured during the attack.", "attack", ""},
		{"The hostages spoke during the attack.", "attack", "agent:hostages"},
		// A date between "the" and "attack" makes it no verb.
		{"Hamas will release the hostages who were kidnapped during the October 2023 attack.", "attack", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, append(dates, when{text: "October 2023", start: "2023-10-01", end: "2023-10-31", gran: timeline.Month}))
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			e := eventBy(t, r, tc.trigger)
			if got := actorsOf(e); got != tc.want {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}
