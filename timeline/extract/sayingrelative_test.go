package extract

import "testing"

// TestSayingAfterRelative: a verb of saying joined after a relative clause
// on the object goes on with the main clause's subject, not the object's.
func TestSayingAfterRelative(t *testing.T) {
	tests := []struct{ text, trigger, agent string }{
		{"Carl Dahl thanked the voters who backed him and said he would govern for everyone.", "say", "carl-dahl"},
		{"Anna Berg visited the nurses who treated her and said she felt much better.", "say", "anna-berg"},
		{"Anna Berg praised the nurses who cared for her and told reporters she felt fine.", "tell", "anna-berg"},
		// Its own subject: the relative clause's noun said it.
		{"Carl Dahl met the voters who said they would back him.", "say", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if got := agent(e); got != tt.agent {
				t.Errorf("agent %q, want %q%s", got, tt.agent, describe(r))
			}
		})
	}
}
