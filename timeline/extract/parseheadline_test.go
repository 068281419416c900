package extract

import (
	"strings"
	"testing"
)

// TestReducedPassiveClause: a noun and a bare participle after a comma
// ("…, gunman arrested") tell what befell that noun, not the first noun
// of the list the parse made.
func TestReducedPassiveClause(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Police end Ostburg bank siege, gunman arrested", "arrest", "Gunman arrested"},
		{"Troops end hospital siege, the gunman arrested", "arrest", "The gunman arrested"},
		// A participle on the noun it follows stays that noun's.
		{"Police found the stolen car, a van abandoned in a field.", "abandon", "A van abandoned"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if !strings.HasPrefix(e.Summary, tt.summary) {
				t.Errorf("%q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
