package extract

import "testing"

// TestNounForVerb: a word the lexicon takes for a verb but the parse
// reads as a noun modifying another is no event, unless it names one.
func TestNounForVerb(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"Norland's Flight 2431 was en route from Ostburg, Norland, to Westhaven on Wednesday when it went on a rapid descent moments after taking off, airline and state officials said.", "state", false},
		{"Carl Dahl denied the murder charge on Wednesday.", "murder", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if got := eventWith(r, tc.trigger) != nil; got != tc.want {
				t.Errorf("event %q found %v, want %v%s", tc.trigger, got, tc.want, describe(r))
			}
		})
	}
}
