package extract

import "testing"

// TestHeldPost: jobs counted are posts, no event of their own; the verb
// that cuts or adds them is the event. One job keeps the lexicon's sense.
func TestHeldPost(t *testing.T) {
	tests := []struct{ text, trigger string }{
		{"Anna Berg declined to say whether jobs would be cut.", "cut"},
		{"The plant will add 300 jobs.", "add"},
		{"Jobs were lost at the plant on Monday.", "lose"},
	}
	if e := eventWith(parseText(t, "Anna Berg took a new job in Ostburg on Monday."), "job"); e == nil {
		t.Errorf("no event of the new job")
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			eventBy(t, r, tt.trigger)
			if e := eventWith(r, "job"); e != nil {
				t.Errorf("an event of the job: %q%s", e.Summary, describe(r))
			}
		})
	}
}
