package extract

import "testing"

// TestOutletProgramme: an outlet's show, or a medium, is where words
// were said, no event; a show with no outlet before it may be one.
func TestOutletProgramme(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool // an event of the trigger
	}{
		{"Dahl apologised on Monday in an interview on CNN's morning show.", "show", false},
		{"Dahl opened the city's flower show on Monday.", "show", true},
		{"Carl Dahl told state television on Monday that the talks had failed.", "television", false},
		{"Carl Dahl told Norlish radio that the talks had failed.", "radio", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if got := eventWith(r, tt.trigger) != nil; got != tt.want {
				t.Errorf("event %s: %v, want %v%s", tt.trigger, got, tt.want, describe(r))
			}
		})
	}
}
