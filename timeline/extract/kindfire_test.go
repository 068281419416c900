package extract

import "testing"

// TestFireNouns checks that a blaze is the disaster a fire is, and that
// putting one out is no attack.
func TestFireNouns(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
	}{
		{"The blaze destroyed 40 homes in Ostburg on Monday.", "blaze", "disaster"},
		{"The blaze destroyed 40 homes in Ostburg on Monday.", "destroy", "disaster"},
		{"A bushfire swept through Westhaven on Monday.", "sweep", "disaster"},
		{"An explosion tore through a chemical plant in Ostburg on Monday.", "tear", "disaster"},
		{"The blast ripped through a solvent store in Ostburg on Monday.", "rip", "disaster"},
		{"The blaze started near a rest stop in Ostburg on Monday.", "blaze", "disaster"},
		{"Troops came under a blaze of gunfire in Ostburg.", "blaze", "other"},
		// A fire begins as the disaster it is, whatever the word.
		{"Firefighters said the blaze started near a rest stop in Ostburg on Monday.", "start", "disaster"},
		{"The bushfire began near Ostburg on Monday.", "begin", "disaster"},
		{"The fire began near Ostburg on Monday.", "begin", "disaster"},
		{"The talks resumed in Ostburg on Monday.", "resume", "meeting"},
		{"Firefighters fought the blaze in Ostburg on Monday.", "fight", "other"},
		{"Firefighters battled the fire in Ostburg on Monday.", "battle", "other"},
		{"Rebels fought the army in Ostburg on Monday.", "fight", "attack"},
	}
	for _, tc := range tests {
		t.Run(tc.text+" "+tc.trigger, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}
