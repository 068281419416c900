package extract

import "testing"

// TestModifierHasNoDoer: a participle before a noun ("repeated warnings",
// "a fired accountant") names what the noun is or underwent; the
// clause's subject did not do it.
func TestModifierHasNoDoer(t *testing.T) {
	tests := []struct{ text, trigger, notAgent string }{
		{"The union accused Carl Dahl of ignoring repeated warnings from engineers.", "repeat", "carl-dahl"},
		{"Anna Berg questioned a fired accountant on Monday.", "fire", "anna-berg"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			for _, e := range r.Events {
				if e.Trigger == tt.trigger && hasAgent(e, tt.notAgent) {
					t.Errorf("%q has agent %s%s", e.Summary, tt.notAgent, describe(r))
				}
			}
		})
	}
}
