package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestQuotedByPronoun: a one-word speaker whom "he" or "she" takes up as
// the speaker of the quotation after is a person, not the company "the
// company" would make of it.
func TestQuotedByPronoun(t *testing.T) {
	for _, text := range []string{
		`Dahlgren said the company was pleased. "The deal is good for our staff and for the company," he said.`,
		`Dahlgren said the company was pleased. “The deal is good for the company,” she added.`,
	} {
		checkKind(t, []string{text}, "Dahlgren", timeline.Person)
	}
	checkKind(t, []string{`Norvex said the flaw was serious. "We will fix it," the company said.`}, "Norvex", timeline.Organization)
}
