package extract

import "testing"

// TestBlows: a verb that deals a blow to a person is an attack, whatever
// WordNet's kinds say of it; a blow to a thing is not.
func TestBlows(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"The actor slapped the host on stage on Sunday.", "slap", "attack"},
		{"A fan punched the referee after the match on Saturday.", "punch", "attack"},
		{"A guard was stabbed outside the court on Monday.", "stab", "attack"},
		{"The striker kicked the ball into the crowd on Saturday.", "kick", KindOther},
		// A vehicle that hits someone is an accident.
		{"Carl Dahl was hit by a car in Ostburg on Monday.", "hit", "disaster"},
		// A blow that kills tells a death.
		{"A guard was stabbed to death outside the court on Monday.", "stab", "death"},
		// The noun of a blow is an attack too, unless a figure of speech.
		{"The slap stunned the audience on Sunday.", "slap", "attack"},
		{"Police said the punch broke the referee's nose.", "punch", "attack"},
		{"The stabbing happened outside a bar on Friday.", "stabbing", "attack"},
		// What shocks or outrages is felt, no attack.
		{"The slap shocked the audience on Sunday.", "shock", KindOther},
		{"The verdict outraged the victim's family on Monday.", "outrage", KindOther},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
		})
	}
}
