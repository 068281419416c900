package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestKnownAgencies: the agencies a newsroom knows by name or acronym,
// and the Soviet Union, are the gazetteer's, of their kind, whatever the
// sentence around them says.
func TestKnownAgencies(t *testing.T) {
	tests := []struct{ text, name, kind, ref string }{
		{"NASA said the probe was healthy.", "NASA", timeline.Organization, "nasa"},
		{"The launch was the first since the Soviet Union sent a probe in 1976.", "Soviet Union", timeline.Country, "soviet-union"},
		{"Interpol issued a red notice for Carl Dahl.", "Interpol", timeline.Organization, "interpol"},
		{"ESA and JAXA will share the data.", "ESA", timeline.Organization, "european-space-agency"},
		{"The FAA grounded the jets on Wednesday.", "FAA", timeline.Organization, "federal-aviation-administration"},
		{"Anna Berg told Reporters Without Borders she had been followed.", "Reporters Without Borders", timeline.Organization, "reporters-without-borders"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			found := false
			for _, m := range findOne(tc.text) {
				if m.Text == tc.name {
					found = true
					if m.Kind != tc.kind || m.Ref != tc.ref {
						t.Errorf("%q is a %s (ref %q), want a %s (ref %q)", m.Text, m.Kind, m.Ref, tc.kind, tc.ref)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q in %s", tc.name, mentionIDs(findOne(tc.text)))
			}
		})
	}
}
