package extract

import "testing"

// TestNamedAsPerson: naming someone as a person tells who they are, a
// statement; naming someone as a post is an appointment.
func TestNamedAsPerson(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"Police named the three as Anna Berg, Carl Dahl and Gus Holm.", KindStatement},
		{"Police named the victim as Eva Falk, 34.", KindStatement},
		{"The board named Eva Falk as chief executive.", "appointment"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "name"); e.Kind != tt.kind {
				t.Errorf("kind %s, want %s%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}
