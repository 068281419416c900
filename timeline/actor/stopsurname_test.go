package actor

import "testing"

// TestStopSurname: a common word capitalised after a title and a given
// name is the surname that ends the name; a day or a capitalised word
// after it is not.
func TestStopSurname(t *testing.T) {
	checkPersons(t, []personCase{
		{"In Ostravia, where the firm employs 400 people, Gov. Nathan Deal said he was disappointed.", "Nathan Deal", true},
		{"The bill was signed by Senator Mark Peace on the floor.", "Mark Peace", true},
		{"The plan was backed by Mr John Little, a farmer.", "John Little", true},
		{"The Gov. Nathan Deal Center is closed.", "Nathan Deal", false},
		{"Gov. Nathan Monday said he was ready.", "Nathan Monday", false},
	})
}
