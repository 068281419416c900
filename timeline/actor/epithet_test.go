package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestEpithetDescription: "the ruling party" is the party the document
// called ruling, though another was named since; "the party" alone is
// still the one named last.
func TestEpithetDescription(t *testing.T) {
	const parties = "Twelve members of the ruling Kelby Party voted with the opposition. Labour Party leader Ivo Dane called it a victory. "
	tests := []struct{ text, want string }{
		{parties + "The ruling party's chief, Ana Velloso, faced calls to quit.", "Kelby Party"},
		{parties + "The governing party said it would appeal.", "Kelby Party"},
		{parties + "The party said it would appeal.", "Labour Party"},
	}
	for _, tc := range tests {
		t.Run(tc.text[len(tc.text)-40:], func(t *testing.T) {
			got := ""
			for _, m := range findOne(tc.text) {
				if m.Kind == timeline.Organization && strings.HasSuffix(m.Text, "party") {
					got = m.Name
				}
			}
			if got != tc.want {
				t.Errorf("the party is %q, want %q", got, tc.want)
			}
		})
	}
}
