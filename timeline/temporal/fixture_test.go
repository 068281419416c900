package temporal

import "testing"

// TestFixtureDay checks that a weekday's fixture before a future verb is
// still to come, while another thing of a weekday the future looks back
// on is past; and that a deed done at a clock time is not put on a day
// still to come that the sentence before named.
func TestFixtureDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a fixture to play", "Carl Dahl said his side would play Sunday's game in Halden as planned.", []string{
			"Sunday | DATE | 2025-03-23 | 2025-03-23..2025-03-23"}},
		{"a fixture as subject", "Anna Berg told reporters that Saturday's final would be her last.", []string{
			"Saturday | DATE | 2025-03-22 | 2025-03-22..2025-03-22"}},
		{"a ruling looked back on", "Gus Holm said he would appeal Friday's ruling.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"a clock time after a day to come", "The storm is expected to reach Halden on Wednesday. It came ashore in Ostburg at about 4:30 a.m., forecasters said.", []string{
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"about 4:30 a.m. | TIME | 2025-03-17T04:30 | APPROX | 2025-03-17..2025-03-17"}},
		{"a clock time of a day to come", "The storm is expected to reach Halden on Wednesday. It will come ashore at about 4:30 a.m.", []string{
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"about 4:30 a.m. | TIME | 2025-03-19T04:30 | APPROX | 2025-03-19..2025-03-19"}},
	})
}
