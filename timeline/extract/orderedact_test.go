package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrderedAct: what someone ordered done is not yet done, however the
// order is worded (an infinitive, a participle the tagger takes for a
// noun, a past it takes for the object's own deed); a downing told as
// done stays done.
func TestOrderedAct(t *testing.T) {
	tests := []struct {
		text, trigger, kind, status string
	}{
		{"Carl Dahl ordered the army to shoot it down on Wednesday.", "shoot down", "attack", timeline.Hypothetical},
		{"Carl Dahl said on Wednesday he had ordered it shot down.", "shoot down", "attack", timeline.Hypothetical},
		{"Carl Dahl ordered the drone shot down on Wednesday.", "shoot down", "attack", timeline.Hypothetical},
		{"Carl Dahl ordered the balloon downed on Wednesday.", "down", "attack", timeline.Hypothetical},
		{"Carl Dahl said on Wednesday that a jet had shot it down.", "shoot down", "attack", timeline.Reported},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event with trigger %q%s", tc.trigger, describe(r))
			}
			if e.Kind != tc.kind || e.Status != tc.status {
				t.Errorf("%s %s, want %s %s%s", e.Kind, e.Status, tc.kind, tc.status, describe(r))
			}
		})
	}
}
