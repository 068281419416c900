package temporal

import "testing"

// TestStoryPartOfDay: "later in the evening" and a fronted "In the
// evening," are of the day the text last named; a bare "in the morning"
// is every day's and no expression (the publication day is Monday
// 2025-03-17).
func TestStoryPartOfDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"later in the evening", "Protesters gathered on Saturday. Later in the evening, a group set fire to the house.",
			[]string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15", "the evening | TIME | 2025-03-15TEV | 2025-03-15..2025-03-15"}},
		{"fronted", "Protesters gathered on Saturday. In the afternoon, police cleared the square.",
			[]string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15", "the afternoon | TIME | 2025-03-15TAF | 2025-03-15..2025-03-15"}},
		{"every day's", "Protesters gathered on Saturday. The shops open in the morning.",
			[]string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}
