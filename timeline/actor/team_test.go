package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPlaceTeams: a place's name with capitalised plurals after it is a
// club or team; a place with its people after it stays a place.
func TestPlaceTeams(t *testing.T) {
	tests := []struct {
		text, mention, kind string
	}{
		{"The New York Yankees signed a pitcher on Friday.", "New York Yankees", timeline.Organization},
		{"Fans of the London Lions cheered on Sunday.", "London Lions", timeline.Organization},
		{"New York residents cheered on Sunday.", "New York", timeline.Place},
		{"The mayor of New York said on Sunday that the city would pay.", "New York", timeline.Place},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			all, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range all[0] {
				if m.Text == tc.mention {
					found = true
					if m.Kind != tc.kind {
						t.Errorf("%q is a %s, want a %s", m.Text, m.Kind, tc.kind)
					}
				}
			}
			if !found {
				t.Errorf("no mention %q in %+v", tc.mention, all[0])
			}
		})
	}
}

// TestGivenNameInsideRun: a given name inside a longer capitalised run
// opens no person's name ("Diego" of "San Diego Chargers"); one that
// opens the run, or follows a possessive, does.
func TestGivenNameInsideRun(t *testing.T) {
	tests := []struct {
		text, person string
		want         bool
	}{
		{"San Diego Chargers wide receiver Vincent Jackson was arrested on Tuesday.", "Diego Chargers", false},
		{"San Diego Chargers wide receiver Vincent Jackson was arrested on Tuesday.", "Vincent Jackson", true},
		{"Diego Costa scored twice on Sunday.", "Diego Costa", true},
		{"Brazil's Diego Costa scored twice on Sunday.", "Diego Costa", true},
	}
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.person, func(t *testing.T) {
			all, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range all[0] {
				found = found || m.Kind == timeline.Person && m.Name == tc.person
			}
			if found != tc.want {
				t.Errorf("person %q found %v, want %v: %+v", tc.person, found, tc.want, all[0])
			}
		})
	}
}

// TestOrgAdjectiveOpens: a body's name may open with an adjective of
// scope that is no name alone ("World", "International").
func TestOrgAdjectiveOpens(t *testing.T) {
	for _, name := range []string{"World Anti-Doping Agency", "International Skating Union"} {
		text := "The " + name + " said it would appeal."
		all, _ := findAndResolve(t, []timeline.Document{docOf("a", text)})
		found := false
		for _, m := range all[0] {
			found = found || m.Kind == timeline.Organization && m.Name == name
		}
		if !found {
			t.Errorf("%q: no organisation %q in %+v", text, name, all[0])
		}
	}
}
