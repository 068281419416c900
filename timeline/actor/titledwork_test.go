package actor

import "testing"

// A title word opening a work's title is no person's title: after a noun
// for the work ("the film King Vardan") or after the part played in it
// ("his role in King Vardan", "she starred in Queen Ilse"), the run is
// the work. A king or a name outside such a phrase stays a person, as
// does the owner of what the part was played in ("his role in Vardan
// Kell's death").
func TestTitledWork(t *testing.T) {
	checkPersons(t, []personCase{
		{"The film King Vardan earned six nominations on Tuesday.", "Vardan", false},
		{"Hal Brody won the award for his role in King Vardan, the film about a tennis coach.", "Vardan", false},
		{"Ilse Varga starred in Queen Ilse before she retired.", "Ilse", false},
		{"His new movie President Dane opens in May.", "Dane", false},
		{"King Vardan visited the flooded town on Tuesday.", "Vardan", true},
		{"Police questioned him about his role in Maria Brede's death.", "Maria Brede", true},
		{"The actor starred in a film with Maria Brede, who died in May.", "Maria Brede", true},
	})
}
