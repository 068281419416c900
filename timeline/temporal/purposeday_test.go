package temporal

import "testing"

// TestPurposeDay: a possessive weekday in what a deed is for is the one
// after the day the sentence names for the deed, though the verb is past;
// a weekday after that day, or a deed with no day of its own, keeps the
// reading by tense (the publication day is Monday 2025-03-17).
func TestPurposeDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"for Tuesday's vote, resumed on Saturday", "Campaigning for Tuesday's vote resumed on Saturday under heavy guard.", []string{
			"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"for Sunday's final, queued on Friday", "Fans queued for Sunday's final on Friday.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"no day of its own", "Police arrested a man for Sunday's attack.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
	})
}
