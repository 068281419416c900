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

// TestPatronymicNoTeam: a name ending in a given name with -s or -es is a
// person's surname, no team's plural nickname; a given name that is also
// a common noun still makes a team's plural.
func TestPatronymicNoTeam(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		team       bool
	}{
		{"Indiana Jones have won the final.", "Indiana Jones", false},
		{"Harlow Williams have signed a striker.", "Harlow Williams", false},
		{"Dovrik Roberts were beaten on Sunday.", "Dovrik Roberts", false},
		{"The Buffalo Bills have won the final.", "Buffalo Bills", true},
		{"Tessel Robins have signed a striker.", "Tessel Robins", true},
		{"The New York Yankees have signed a pitcher.", "New York Yankees", true},
	} {
		team := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.name && m.Kind == timeline.Organization {
				team = true
			}
		}
		if team != tc.team {
			t.Errorf("%q: %q a team %v, want %v", tc.text, tc.name, team, tc.team)
		}
	}
}

func TestPatronymic(t *testing.T) {
	g := loadDefault()
	for w, want := range map[string]bool{"Williams": true, "Roberts": true, "Jones": true, "Edwards": true,
		"Bills": false, "Marks": false, "Lakers": false, "Robins": false, "Saints": false} {
		if got := g.patronymic(w); got != want {
			t.Errorf("patronymic(%q) = %v, want %v", w, got, want)
		}
	}
}
