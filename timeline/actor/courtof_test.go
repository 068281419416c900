package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A court or a tribunal opens its name before "of" as a learned body
// does ("Court of Arbitration for Sport"), which is no person's.
func TestCourtOfName(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"The agency said it had appealed to the Court of Arbitration for Sport against the decision.", "Court of Arbitration for Sport"},
		{"The Court of Appeal rejected the bid on Monday.", "Court of Appeal"},
		{"The Tribunal of Kelby Disputes said it would rule in May.", "Tribunal of Kelby Disputes"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Organization)
	}
}
