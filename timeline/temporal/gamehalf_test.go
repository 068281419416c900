package temporal

import "testing"

// TestGameHalf checks that a half named with no year in a sentence about
// play is a game's, no half of the year, while a half of the year, named
// or in a sentence about trade, stays one; and that four digits counting
// hours are no year.
func TestGameHalf(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a word of play", "Anna Berg scored twice before the end of the first half.", nil},
		{"a score", "Halden led 2-0 at the end of the first half.", nil},
		{"a word of play in the sentence before", "Carl Dahl missed a penalty. Halden came back in the second half.", nil},
		{"a half of something else", "The visitors faded in the second half of the final.", nil},
		{"the last half of a game", "Gus Holm tired in the last half of the game.", nil},
		{"trade keeps the half", "Sales at Dahl Foods fell in the second half.", []string{
			"the second half | DATE | 2024-H2 | 2024-07-01..2024-12-31"}},
		{"of the year", "The club sold more shirts in the first half of the year.", []string{
			"the first half of the year | DATE | 2025-H1 | 2025-01-01..2025-06-30"}},
		{"hours counted", "Gus Holm was ordered to do 2000 hours of community service.", nil},
		{"a year before a unit of a count", "The bridge opened in 2000 after years of work.", []string{
			"2000 | DATE | 2000 | 2000-01-01..2000-12-31"}},
	})
}
