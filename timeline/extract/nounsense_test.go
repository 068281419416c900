package extract

import "testing"

// TestEventInContext takes a noun whose first sense is no happening as an
// event only where its words say so.
func TestEventInContext(t *testing.T) {
	tests := []struct {
		text, noun string
		event      bool
	}{
		{"A gunman opened fire at an office Christmas party in Riverton on Friday.", "party", true},
		{"Anna Berg was feared dead after a fall from a ridge.", "fall", true},
		{"Gus Holm spoke during the rally in Ostburg.", "rally", true},
		{"Carl Dahl left the party in March.", "party", false}, // the political body
		{"Eva Falk joined the ruling party after the election.", "party", false},
		{"Anna Berg will visit Riverton after the fall.", "fall", false}, // the season
		{"Gus Holm apologised after his mother was arrested.", "mother", false},
		{"Carl Dahl met Eva Falk at the party's office.", "party", false},
		{"The firm paid taxes during the quarter.", "quarter", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			found := false
			for i := range r.Events {
				found = found || r.Events[i].Trigger == tc.noun
			}
			if found != tc.event {
				t.Errorf("event %q: %v, want %v%s", tc.noun, found, tc.event, describe(r))
			}
		})
	}
}
