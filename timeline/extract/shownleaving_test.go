package extract

import "testing"

// TestShownDoing: a picture that shows someone doing something shows
// their deed; the picture does nothing.
func TestShownDoing(t *testing.T) {
	people := []who{{text: "Carl Dahl", id: "carl-dahl"}}
	tests := []struct{ text, trigger, agent string }{
		{"Footage showed Carl Dahl leaving the court on Monday.", "leave", "carl-dahl"},
		{"Carl Dahl left the court on Monday.", "leave", "carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, tt.trigger)
			if len(e.Actors) == 0 || e.Actors[0].ID != tt.agent {
				t.Errorf("actors %v, want agent %s%s", e.Actors, tt.agent, describe(r))
			}
		})
	}
}
