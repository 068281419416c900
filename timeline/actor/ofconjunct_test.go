package actor

import "testing"

// TestOfConjunct: a field listed after "of" in a body's name is no person,
// though "said" follows it; a person beside such a name keeps his name.
func TestOfConjunct(t *testing.T) {
	checkPersons(t, []personCase{
		{"The Institute of Arts and Sciences said on Monday it would close.", "Sciences", false},
		{"The Bureau of Alcohol, Tobacco and Firearms said the bomb was real.", "Firearms", false},
		{"The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives also said a man was hurt.", "Tobacco", false},
		{"The Ministry of Defence and Tom Hale said the deal was off.", "Tom Hale", true},
		{"A spokesman for the Department of Justice, Brannock, said the case was open.", "Brannock", true},
	})
}
