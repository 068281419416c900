package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOvernight checks that "overnight" is the night before the day the
// story is at (TimeML TNI, as TimeBank reads it): the publication day's,
// or the last day the text named, unless named with its evening or
// midnight, which is that night (in the same paragraph: past it, the
// night is the paper's); "an overnight stay" and "the overnight rate"
// name a kind of thing, no time.
func TestOvernight(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"overnight in a story with no day yet", "Rebels shelled the town overnight.", []string{
			"overnight | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16"}},
		{"overnight after a day the story is at", "London shares closed lower on Friday. They were hit by overnight losses in New York.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-13TNI | 2025-03-13..2025-03-13"}},
		{"overnight after a day its sentence names", "The mayor, who toured Ostburg on Friday, chaired a session overnight.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-14TNI | 2025-03-14..2025-03-14"}},
		{"overnight after a day's midnight is that night", "He landed shortly before midnight on Saturday and was held overnight.", []string{
			"midnight on Saturday | TIME | 2025-03-15T24:00 | 2025-03-15..2025-03-15",
			"overnight | TIME | 2025-03-15TNI | 2025-03-15..2025-03-15"}},
		{"overnight after a day's evening in an earlier sentence is that night", "Fans rallied on Friday evening. He trained overnight.", []string{
			"Friday evening | DATE | 2025-03-14TEV | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-14TNI | 2025-03-14..2025-03-14"}},
		{"a night named a paragraph before is no longer the story's", "On Friday night the ferry was refloated.\n\nPumps were brought in overnight.", []string{
			"Friday night | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16"}},
		{"a day named sentences before is no longer the story's", "Rebels seized Ostburg on Friday. Talks failed. Aid was cut. Drones were shot down overnight.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16"}},
		{"overnight is no day a clock time after it is of", "Crowds had queued overnight before the hall opened at 5 p.m.", []string{
			"overnight | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16",
			"5 p.m. | TIME | 2025-03-17T17:00 | 2025-03-17..2025-03-17"}},
		{"overnight still to come is the night after the paper's day", "Rebels seized Ostburg on Friday. Aid convoys are due to reach the town overnight.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"overnight | TIME | 2025-03-17TNI | 2025-03-17..2025-03-17"}},
		{"an expected thing is no plan", "Forecasters shifted the expected landfall south overnight.", []string{
			"overnight | TIME | 2025-03-16TNI | 2025-03-16..2025-03-16"}},
		{"an overnight stay is no time", "The minister booked an overnight stay in Ostburg.", nil},
		{"the overnight rate is no time", "The bank raised the overnight rate.", nil},
	})
}

// TestNamedNight checks that "overnight" with the day it names after it
// is that day's night, not the night before the paper's day or the
// sentence before's, and that a place or a part of a day after it keeps
// it alone.
func TestNamedNight(t *testing.T) {
	wednesday := timeline.NewDate(2025, 6, 4)
	runCases(t, wednesday, []tagCase{
		{"overnight on a date", "The fire broke out overnight on May 24, Anna Berg said.", []string{
			"overnight on May 24 | TIME | 2025-05-24TNI | 2025-05-24..2025-05-24"}},
		{"overnight and a weekday", "Rebels shelled the town overnight Tuesday, Anna Berg said.", []string{
			"overnight Tuesday | TIME | 2025-06-03TNI | 2025-06-03..2025-06-03"}},
		{"overnight on a place", "Rain fell overnight on the border.", []string{
			"overnight | TIME | 2025-06-03TNI | 2025-06-03..2025-06-03"}},
	})
}
