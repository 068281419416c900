package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPersonOrBody: a noun that names people as well as bodies makes a
// name in apposition a person after a given name or without an article,
// and a rank after a body's name opens a person's name; a town's body
// ("Kelburn Police") lends the town's name alone nothing.
func TestPersonOrBody(t *testing.T) {
	tests := []struct {
		text, name, kind string
		modifier         bool
	}{
		{"He did not start Samuel Dalembert, a developing center, on Sunday.", "Samuel Dalembert", timeline.Person, false},
		{"According to Brannock Vell, producer of the telecast, the host was chosen.", "Brannock Vell", timeline.Person, false},
		{"Orbis Lumen, an oil producer, cut its output.", "Orbis Lumen", timeline.Organization, false},
		{"Kelburn Police Sgt. Ivo Dane said the man fled.", "Ivo Dane", timeline.Person, false},
		{"Kelburn Police Sgt. Ivo Dane said the man fled.", "Kelburn Police", timeline.Organization, true},
		// A clause after a comma is no apposition.
		{"A gunman opened fire at a party in Kelburn, killing the chief executive officer.", "Kelburn", timeline.Place, false},
		// A town's body is no short name of the town.
		{"Kelburn Police Sgt. Ivo Dane said the man fled. The shooting shocked Kelburn.", "Kelburn Police", timeline.Organization, true},
	}
	for _, tc := range tests {
		t.Run(tc.text+" "+tc.name, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range ms[0] {
				if m.Name == tc.name {
					found = true
					if m.Kind != tc.kind || m.Modifier != tc.modifier {
						t.Errorf("%q is a %s (modifier %v), want a %s (modifier %v)", m.Text, m.Kind, m.Modifier, tc.kind, tc.modifier)
					}
				}
			}
			if !found {
				t.Errorf("no %q in %s", tc.name, mentionIDs(ms[0]))
			}
		})
	}
}

// TestCommaEndsSentence: a name and a comma closing the sentence have no
// apposition to read, and reading none must not fail.
func TestCommaEndsSentence(t *testing.T) {
	for _, text := range []string{"The talks were led by Brannock Vell,", "Kelburn Police said,"} {
		findAndResolve(t, []timeline.Document{docOf("a", text)})
	}
}
