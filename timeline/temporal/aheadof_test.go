package temporal

import "testing"

// TestAheadOfWeekday: a weekday in what a deed prepares for ("ahead of
// Sunday's vote") is still to come, though the verb before it is past; a
// comparison with a plan ("ahead of schedule") is not (the publication
// day is Monday 2025-03-17).
func TestAheadOfWeekday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"ahead of the election on Sunday", "Candidates campaigned across the country ahead of the election on Sunday.", []string{"Sunday | DATE | 2025-03-23 | 2025-03-23..2025-03-23"}},
		{"ahead of Sunday's vote", "Thousands rallied in the capital ahead of Sunday's vote.", []string{"Sunday | DATE | 2025-03-23 | 2025-03-23..2025-03-23"}},
		{"ahead of schedule", "The bridge was finished ahead of schedule on Friday.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
	})
}

// TestAheadOfFronted: a fronted "ahead of" phrase is not the time of a
// weekday after its comma, which the verb's tense resolves.
func TestAheadOfFronted(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"fronted, comma", "Just ahead of the minister's trip, the department on Sunday issued a warning to travellers.", []string{"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
	})
}
