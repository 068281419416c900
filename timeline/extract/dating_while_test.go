package extract

import "testing"

// TestSimultaneousDates checks that a clause of "as", "while" or "when"
// with no time of its own takes the day of the event it accompanies (the
// publication day is Monday 2025-03-17), and that a past before the past
// does not.
func TestSimultaneousDates(t *testing.T) {
	days := []when{{text: "Friday", start: "2025-03-14"}, {text: "Saturday", start: "2025-03-15"}}
	runDatingCases(t, []datingCase{
		{name: "a saying as the deed happened is no bare saying",
			text:    "Police raided two homes on Saturday.\nCarl Dahl was shot twice from behind at close range on Friday as he spoke outside a station in the capital.",
			trigger: "speak", start: "2025-03-14", basis: BasisText},
		{name: "a saying while the deed happened",
			text:    "Police raided two homes on Saturday.\nA man threw paint at Eva Falk in the square on Friday while she told supporters about her plans.",
			trigger: "tell", start: "2025-03-14", basis: BasisText},
		{name: "a past before the past keeps no day",
			text:    "Carl Dahl resigned on Friday, as he had promised.",
			trigger: "promise", start: "", basis: ""},
	}, days)
}
