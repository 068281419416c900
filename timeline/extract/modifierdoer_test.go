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

// TestObjectEventNotSubjects: an event noun that a verb takes as object
// is not the doing of that verb's subject when the verb answers someone
// else's event ("ignored safety warnings", "survived the attack"), nor
// of a subject the parse does not give the verb ("accusing them of
// helping to plan an attack"); a light verb's noun is ("held talks").
func TestObjectEventNotSubjects(t *testing.T) {
	tests := []struct{ text, trigger, agent, notAgent string }{
		{"Norland denied that it had ignored safety warnings.", "warning", "", "norland"},
		{"Norland expelled five diplomats, accusing them of helping to plan an attack on a warehouse.", "attack", "", "norland"},
		{"Carl Dahl survived the attack on Monday.", "attack", "", "carl-dahl"},
		{"Anna Berg held talks with Carl Dahl on Monday.", "talk", "anna-berg", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if tt.notAgent != "" && hasAgent(e, tt.notAgent) {
				t.Errorf("%q has agent %s%s", e.Summary, tt.notAgent, describe(r))
			}
			if tt.agent != "" && !hasAgent(e, tt.agent) {
				t.Errorf("%q lacks agent %s%s", e.Summary, tt.agent, describe(r))
			}
		})
	}
}
