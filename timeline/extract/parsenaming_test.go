package extract

import (
	"strings"
	"testing"
)

// TestNamedToOffice: the one named to an office is the naming's patient,
// however the parser reads the "and" before it, the office after "as
// acting" or the name as the verb's predicate.
func TestNamedToOffice(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"Anna Berg accepted his resignation and named Foreign Trade Minister Carl Dahl as acting defence minister.", "Anna Berg named Carl Dahl"},
		{"Anna Berg accepted his resignation and named Carl Dahl acting defence minister.", "Anna Berg named Carl Dahl acting defence minister"},
		{"The prime minister accepted the resignation and named Carl Dahl as acting minister.", "The prime minister named Carl Dahl"},
		{"Anna Berg accepted his resignation and appointed Carl Dahl as his successor.", "Anna Berg appointed Carl Dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			for _, e := range r.Events {
				if e.Kind == "other" {
					t.Errorf("stray event %q%s", e.Summary, describe(r))
				}
			}
			var e EventMention
			for _, c := range r.Events {
				if c.Kind == "appointment" {
					e = c
				}
			}
			if e.Summary != tt.summary || !strings.Contains(actorsOf(e), "carl-dahl") {
				t.Errorf("appointment %q with %s, want %q with carl-dahl%s", e.Summary, actorsOf(e), tt.summary, describe(r))
			}
		})
	}
}
