package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLookAhead checks that a goal "to" do something, a verb after a
// modal or sharing an infinitive's "to", and a forecast "for" a time
// point forward, whatever the past tense of the copula or the reporting
// verb; and that a modal perfect stays past, as does a verb after a
// preposition's "to".
func TestLookAhead(t *testing.T) {
	friday := timeline.NewDate(2025, 3, 21)
	runCases(t, friday, []tagCase{
		{"a goal was to", "His goal was to play again in May, Anna Berg said.", []string{
			"May | DATE | 2025-05 | 2025-05-01..2025-05-31"}},
		{"no goal", "Gus Holm was fit again in May, Anna Berg said.", []string{
			"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"a modal before a verb in the past's form", "Officials said the storm would hit Halden early Tuesday.", []string{
			"early Tuesday | DATE | 2025-03-25 | START | 2025-03-25..2025-03-25"}},
		{"would have a thing", "Officials said residents would have access to sandbags no later than Monday.", []string{
			"Monday | DATE | 2025-03-24 | 2025-03-24..2025-03-24"}},
		{"would have done", "Carl Dahl said he would have been in Halden on Sunday without the red card.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"a second verb of an infinitive", "Forecasters expect the storm to gain strength and hit Halden on Sunday.", []string{
			"Sunday | DATE | 2025-03-23 | 2025-03-23..2025-03-23"}},
		{"a verb after a preposition's to", "Police went to the port and hit a man on Sunday.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"a forecast for the weekend", "The forecast for the weekend is dry, Gus Holm said.", []string{
			"the weekend | DATE | 2025-W12-WE | 2025-03-22..2025-03-23"}},
		{"the weekend past", "Protesters gathered in Halden over the weekend.", []string{
			"the weekend | DATE | 2025-W11-WE | 2025-03-15..2025-03-16"}},
	})
}
