package temporal

import "testing"

// TestNightCrossed checks that a morning clock time with no day of its
// own, told after a late-evening one, is of the next day ("at 11 p.m. on
// Sunday … shortly after midnight" is Monday's small hours); a look back,
// an afternoon time, a morning after an earlier evening hour, or a
// morning with a day of its own keeps the day it counts from.
func TestNightCrossed(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"after midnight", "The alarm sounded at 11 p.m. on Saturday. The order to leave the building came shortly after midnight.", []string{
			"11 p.m. on Saturday | TIME | 2025-03-15T23:00 | 2025-03-15..2025-03-15",
			"midnight | TIME | 2025-03-16T00:00 | 2025-03-16..2025-03-16"}},
		{"a small hour", "The ferry struck rocks at 10:30 p.m. on Friday. The last passengers were brought ashore at 5 a.m.", []string{
			"10:30 p.m. on Friday | TIME | 2025-03-14T22:30 | 2025-03-14..2025-03-14",
			"5 a.m. | TIME | 2025-03-15T05:00 | 2025-03-15..2025-03-15"}},
		{"a look back", "The ferry struck rocks at 10:30 p.m. on Friday. It had left the port at 9 a.m.", []string{
			"10:30 p.m. on Friday | TIME | 2025-03-14T22:30 | 2025-03-14..2025-03-14",
			"9 a.m. | TIME | 2025-03-14T09:00 | 2025-03-14..2025-03-14"}},
		{"no late evening", "The ferry struck rocks at 6 p.m. on Friday. Rescuers arrived at 9 a.m.", []string{
			"6 p.m. on Friday | TIME | 2025-03-14T18:00 | 2025-03-14..2025-03-14",
			"9 a.m. | TIME | 2025-03-14T09:00 | 2025-03-14..2025-03-14"}},
		{"a day of its own", "The ferry struck rocks at 10:30 p.m. on Friday. Rescuers arrived at 9 a.m. on Sunday.", []string{
			"10:30 p.m. on Friday | TIME | 2025-03-14T22:30 | 2025-03-14..2025-03-14",
			"9 a.m. on Sunday | TIME | 2025-03-16T09:00 | 2025-03-16..2025-03-16"}},
		{"midnight that ends the day", "The ferry struck rocks at 10:30 p.m. on Friday. The captain left the ship shortly before midnight.", []string{
			"10:30 p.m. on Friday | TIME | 2025-03-14T22:30 | 2025-03-14..2025-03-14",
			"midnight | TIME | 2025-03-14T24:00 | 2025-03-14..2025-03-14"}},
	})
}
