package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNamedPeople: a name before a plural noun for people names a group
// of that body's people, whatever their trade; nouns for people that
// gather no acting body stay no one.
func TestNamedPeople(t *testing.T) {
	tests := []struct {
		text, group string
		want        bool
	}{
		{"Halvard Aero machinists voted on Monday to accept the offer.", "machinists", true},
		{"Union machinists voted on Monday to accept the offer.", "machinists", true},
		{"Nordline's stevedores walked off the job on Friday.", "stevedores", true},
		{"Orbis pharmacists voted to join a union.", "pharmacists", true},
		{"Dovrik children played in the square on Sunday.", "children", false},
		{"Orbis users complained on Friday.", "users", false},
		{"The machinists voted on Monday to accept the offer.", "machinists", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			all, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range all[0] {
				found = found || m.Kind == timeline.Group && m.Name == tc.group
			}
			if found != tc.want {
				t.Errorf("group %q found %v, want %v: %+v", tc.group, found, tc.want, all[0])
			}
		})
	}
}
