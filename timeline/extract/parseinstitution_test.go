package extract

import "testing"

// TestInstitutionAfterTo: "to police", "to court", "to jail" name where
// someone or something went, not a deed of policing or jailing with the
// sentence's subject as its doer; with something to act on, the verb
// stays.
func TestInstitutionAfterTo(t *testing.T) {
	tests := []struct {
		text, trigger string
		event         bool
	}{
		{"The man surrendered to police on Monday.", "police", false},
		{"Anna Berg handed the gun to police on Monday.", "police", false},
		{"The case went to court in 2022.", "court", false},
		{"Carl Dahl was sent to jail for five years on Monday.", "jail", false},
		// A verb with its object is a deed.
		{"The army was sent to police the border on Monday.", "police", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventWith(r, tt.trigger); (e != nil) != tt.event {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, e != nil, tt.event, describe(r))
			}
		})
	}
}
