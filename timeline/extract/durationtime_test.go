package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline/language"
)

// TestDurationDatesNothing checks that a duration met where a rule looks
// for a day ("His testimony came a day after …") leaves the event as
// the other rules date it, and the document is read at all: a duration
// has no interval to date by.
func TestDurationDatesNothing(t *testing.T) {
	durations := append(dates[:len(dates):len(dates)],
		when{text: "a day", value: "P1D"},
		when{text: "39 years", value: "P39Y"})
	tests := []datingCase{
		{name: "remarks that came a day after another event",
			text: "Carl Dahl told farmers that the price was too low. " +
				"His remarks came a day after Gus Holm met Eva Falk in Ostburg.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "testimony after a duration of a career",
			text: "Carl Dahl told senators that he had paid. " +
				"His testimony of 39 years of work angered the farmers.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
	}
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("reading %q panicked: %v", tc.text, r)
				}
			}()
			checkDated(t, analyzer, tc.text, tc.trigger, tc.start, tc.basis, durations)
		})
	}
}
