package temporal

import "testing"

// TestNarrativeDay checks that "that night" is of the day the story tells:
// not the publication day a saying after the deed is dated by, nor a day
// still to come that the clause before only planned for.
func TestNarrativeDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"that night after a telling of today is the deed's", "The storm hit Ostburg on Saturday, the mayor said on Monday. Water rose to the rooftops. That night, rescuers pulled 40 people from their homes.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That night | TIME | 2025-03-15TNI | 2025-03-15..2025-03-15"}},
		{"that evening after a quote told today is the deed's", "Anna Berg drove to the harbour on Saturday. \"We will rebuild,\" Carl Dahl said on Monday. That evening, she met the fishermen.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That evening | TIME | 2025-03-15TEV | 2025-03-15..2025-03-15"}},
		{"that evening after a day still to come is the deed's", "Gus Holm landed on Saturday and said he would speak on Wednesday. That evening, he slept at the airport.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"That evening | TIME | 2025-03-15TEV | 2025-03-15..2025-03-15"}},
		{"that evening after a saying with no deed before is the saying's", "Carl Dahl said on Monday that he would resign. That evening, he met the board.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That evening | TIME | 2025-03-17TEV | 2025-03-17..2025-03-17"}},
		{"that evening of a day to come stays on it", "Gus Holm landed on Saturday and will speak on Wednesday. That evening, he will meet the board.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"That evening | TIME | 2025-03-19TEV | 2025-03-19..2025-03-19"}},
		{"that night after a deed of today is of today", "The storm hit Ostburg on Saturday. Roads closed. Schools shut. Power failed. The mayor spoke on Monday. That night, rescuers pulled 40 people from their homes.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That night | TIME | 2025-03-17TNI | 2025-03-17..2025-03-17"}},
		{"that evening with no deed in it stays on the day to come", "Gus Holm landed on Saturday and will speak on Wednesday. That evening, a dinner for the board.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"That evening | TIME | 2025-03-19TEV | 2025-03-19..2025-03-19"}},
		{"that evening still to come after a telling of today is today's", "Anna Berg drove to the harbour on Saturday. \"We will rebuild,\" Carl Dahl said on Monday. That evening, he will meet the fishermen.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That evening | TIME | 2025-03-17TEV | 2025-03-17..2025-03-17"}},
		{"a telling sentences after the deed's day has left it", "The storm hit Ostburg on Saturday. Roads closed. Schools shut. Power failed. The mayor said on Monday that aid was coming. That night, rescuers pulled 40 people from their homes.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"That night | TIME | 2025-03-17TNI | 2025-03-17..2025-03-17"}},
		{"that night after an earlier telling is the deed's", "The storm hit Ostburg on Friday, the mayor said on Saturday. That night, rescuers pulled 40 people from their homes.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"That night | TIME | 2025-03-14TNI | 2025-03-14..2025-03-14"}},
	})
}
