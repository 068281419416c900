package temporal

import "testing"

// The surname May after a title, a given name or as the subject of a verb
// is no month; the month May after a word that governs a time still is.
func TestMayAsSurname(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"given name", "Prime Minister Theresa May told lawmakers the rules would change.", nil},
		{"title", "Mrs May visited the hospital.", nil},
		{"title with stop", "Mrs. May visited the hospital.", nil},
		{"office as title", "Home Secretary May defended the police.", nil},
		{"subject of said", "The inquiry, May said, would be thorough.", nil},
		{"subject of will", "Later, May will chair a meeting.", nil},
		{"month after in", "The bridge opened in May.", []string{"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"month after and", "Sales rose in April and May were strong.", []string{"April | DATE | 2025-04 | 2025-04-01..2025-04-30", "May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"month after sentence opener", "Throughout May, prices rose.", []string{"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
	})
}

// April, June and August are given names too: before a surname in title
// case, with no word that governs a time before them, they are no month.
func TestMonthAsGivenName(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"opening a name", "June Raine, the agency's chief, rejected the claims.", nil},
		{"a name after a verb's object", "The board thanked April Holm for her work.", nil},
		{"month after in", "In June Anna Berg said she would run.", []string{"June | DATE | 2024-06 | 2024-06-01..2024-06-30"}},
		{"month before a common noun", "June sales fell.", []string{"June | DATE | 2024-06 | 2024-06-01..2024-06-30"}},
		{"month before an acronym", "August CPI data came out.", []string{"August | DATE | 2024-08 | 2024-08-01..2024-08-31"}},
		{"month after the", "The June Fed meeting was calm.", []string{"June | DATE | 2024-06 | 2024-06-01..2024-06-30"}},
	})
}
