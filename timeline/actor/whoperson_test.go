package actor

import "testing"

// TestWhoSingular: a name of several words that "who" and a singular verb
// follow is a person's, a lower-case particle ("do") inside it; a body's
// name, or "who" with a plural verb as a team takes, is no person.
func TestWhoSingular(t *testing.T) {
	checkPersons(t, []personCase{
		{"The board named Aurelio do Rendal Sousa Jr., who has led the unit, as interim chief.", "Aurelio do Rendal Sousa Jr", true},
		{"The board named Aurelio Rendal Sousa, who was a director, as chairman.", "Aurelio Rendal Sousa", true},
		{"The fans cheered Kelby United, who have won the cup.", "Kelby United", false},
		{"They met Ostrand Holdings, who has refused to pay.", "Ostrand Holdings", false},
		{"Nadira Fontes Vell, who directs the office, said the attack was serious.", "Nadira Fontes Vell", true},
		{"Officials met Nadira Fontes Vell, who leads the inquiry.", "Nadira Fontes Vell", true},
		{"They met Harlow Mutual Trust, who runs the fund.", "Harlow Mutual Trust", false},
	})
}
