package language

import "testing"

// TestDayOnPlace: a day after a verb's place, or after a place within
// it, is the verb's; an event noun keeps its day.
func TestDayOnPlace(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Police found the car in a car park on Sunday.", "Sunday", "found", "obl", false},
		{"Lena Park spoke at the conference on Friday.", "Friday", "spoke", "obl", false},
		{"The vote at the meeting on Monday was close.", "Monday", "meeting", "nmod", false},
		{"Investigators boarded the ship at a terminal in the port on Wednesday.", "Wednesday", "boarded", "obl", false},
		{"Lena Park spoke at a rally in the square after the vote on Friday.", "Friday", "vote", "nmod", false}, // an event's day
	})
}
