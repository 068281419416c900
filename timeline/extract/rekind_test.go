package extract

import (
	"slices"
	"testing"
)

// TestRekindSubject: a lexicon event whose doer no actor names takes the
// parse's summary, which writes the doer out; one with a named doer keeps
// its own.
func TestRekindSubject(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"A group of army officers seized the state broadcaster in Ostburg early on Saturday and announced on air that they had dissolved the government.", "Group of army officers seized the state broadcaster"},
		{"Berg seized the state broadcaster on Saturday.", "Anna Berg seized the state broadcaster"},
		// A participle after "and" shares the passive: they were flown.
		{"Berg was arrested on Tuesday and flown to Ostburg.", "Anna Berg was flown to Ostburg"},
		// The doer of a verb after "but" is the first verb's subject, not
		// a name in the first verb's object.
		{"Officials said the release followed talks involving tribal elders and Anna Berg, but denied that a ransom had been paid.", "Officials denied a ransom had been paid"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if !slices.Contains(summaries(r), tt.want) {
				t.Errorf("summaries %q, want %q%s", summaries(r), tt.want, describe(r))
			}
		})
	}
}

// TestSalienceOfDeeds: a deed outside the mapped kinds done by someone
// named on a day of its own reaches the pictures (0.6) when it changes
// something or puts an event in place; a state does not.
func TestSalienceOfDeeds(t *testing.T) {
	tests := []struct {
		text, trigger string
		shown         bool
	}{
		{"Sudland raised its main interest rate on Wednesday.", "raise", true},
		{"Sudland imposed sanctions on Norland on Monday.", "impose", true},
		{"Sudland owned a bank on Monday.", "own", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if shown := e.Salience >= 0.6; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}
