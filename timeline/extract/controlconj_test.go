package extract

import "testing"

// TestObjectControlledConjunct checks that an infinitive after an object,
// and its conjunct, are the object's deeds, not the main clause's
// subject's: "criticised the organisers for allowing Dahl to stay and
// accept the trophy" tells no accepting by the critics.
func TestObjectControlledConjunct(t *testing.T) {
	tests := []struct{ text, trigger, notAgent, want string }{
		{"Anna Berg criticised the organisers on Monday for allowing Carl Dahl to stay in his seat and accept the trophy.",
			"accept", "anna-berg", "Carl Dahl to accept the trophy"},
		{"Eva Falk urged the council to reopen the bridge and accept the offer.",
			"accept", "eva-falk", "The council to accept the offer"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if agent(e) == tt.notAgent || e.Summary != tt.want {
				t.Errorf("%q has agent %q, want %q and not %s%s", e.Summary, agent(e), tt.want, tt.notAgent, describe(r))
			}
		})
	}
}
