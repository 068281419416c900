package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNounRootTime checks that a sentence the parse leaves without a main
// verb still moves the story's time off the day an earlier sentence set:
// its date, long past, ends the thread, and what follows is not of that
// earlier day (the publication day is Monday 2025-03-17).
func TestNounRootTime(t *testing.T) {
	days := []when{
		{text: "Saturday", start: "2025-03-15"},
		{text: "the early hours of March 2", start: "2025-03-02"},
		{text: "the night of March 1", start: "2025-03-01"},
		{text: "1998", start: "1998-01-01", end: "1998-12-31", gran: timeline.Year, value: "1998"},
	}
	runDatingCases(t, []datingCase{
		{name: "a past verb hung from the noun",
			text:    "Hundreds of people protested in the city on Saturday.\nThe flood struck in the early hours of March 2, when the water of Storm Kessa broke the Abu Mansour dam, 13 km upstream, and then the smaller dam, closer to the city.\nThe water tore through the centre of the city.",
			trigger: "tear", start: "", basis: ""},
		{name: "the verb read as a noun",
			text:    "Hundreds of people protested in the city on Saturday.\nThe two dams on the Wadi Derna burst on the night of March 1, when the storm dumped heavy rain on the mountains above the city.\nThousands of people died.",
			trigger: "die", start: "", basis: ""},
		{name: "a relative clause's year does not end the thread",
			text:    "Police raided two homes on Saturday.\nA nurse who was critically injured in the 1998 clinic bombing in Birmingham, Ala., was among those who attended the ceremony at a church.\nPolice kept watch outside.",
			trigger: "keep", start: "2025-03-15", basis: BasisNarrative},
	}, days)
}
