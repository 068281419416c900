package temporal

import "testing"

// TestCountedNoun checks that a plural counted or won ("the most votes",
// "won seats") is a noun, not a scheduled present that would put the day
// after it ahead of the publication: the vote was on the Sunday before.
func TestCountedNoun(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"after a quantifier", "Anna Berg won the most votes in the election on Sunday.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"after a verb in the past", "Carl Dahl won votes in Halden on Sunday.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"after a number", "Gus Holm won 300 votes in Halden on Sunday.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"a scheduled present stays", "The council votes on Tuesday.", []string{
			"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
	})
}
