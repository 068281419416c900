package actor

import (
	"strings"
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

// TestDefiniteGroup: "the" and a plural noun for people the document
// named as a group before is that group again; not without it.
func TestDefiniteGroup(t *testing.T) {
	tests := []struct {
		text, second string // the text and the second sentence, whose noun is checked
		want         bool
	}{
		{"Halvard Aero machinists voted on Monday to strike.\nThe machinists rejected the offer by 94%.", "The machinists rejected the offer by 94%.", true},
		{"Nordline's stevedores walked off the job on Friday.\nThe company said the stevedores would be paid.", "The company said the stevedores would be paid.", true},
		{"Members of the International Association of Machinists voted on Monday to strike.\nThe machinists rejected the offer by 94%.", "The machinists rejected the offer by 94%.", true},
		{"The talks failed on Monday.\nThe machinists rejected the offer by 94%.", "The machinists rejected the offer by 94%.", false},
		{"Halvard Aero machinists voted on Monday to strike.\nThe pharmacists rejected the offer.", "The pharmacists rejected the offer.", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			all, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			from := strings.Index(tc.text, tc.second)
			found := false
			for _, m := range all[0] {
				found = found || m.Kind == timeline.Group && m.Start >= from
			}
			if found != tc.want {
				t.Errorf("group in %q found %v, want %v: %+v", tc.second, found, tc.want, all[0])
			}
		})
	}
}
