package extract

import "testing"

// TestOutletProgramme: an outlet's show is where words were said, no
// event; a show with no outlet before it may be one.
func TestOutletProgramme(t *testing.T) {
	tests := []struct {
		text string
		want bool // an event "show"
	}{
		{"Dahl apologised on Monday in an interview on CNN's morning show.", false},
		{"Dahl opened the city's flower show on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if got := eventWith(r, "show") != nil; got != tt.want {
				t.Errorf("event show: %v, want %v%s", got, tt.want, describe(r))
			}
		})
	}
}
