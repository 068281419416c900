package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrganisationIsAgency: "the agency", "the space agency" after a body
// whose name ends in "Organisation" or "Organization" is that body, as
// after one ending in "Agency".
func TestOrganisationIsAgency(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Dovrik Space Research Organisation launched the craft on Friday. The space agency said it was healthy.",
			"Dovrik Space Research Organisation=dovrik-space-research-organisation space agency=dovrik-space-research-organisation"},
		{"The World Dovrik Organization warned of the virus. The agency said it was spreading.",
			"World Dovrik Organization=world-dovrik-organization agency=world-dovrik-organization"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
