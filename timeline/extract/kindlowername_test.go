package extract

import "testing"

// TestLowerCaseStorm checks that a storm the tagger took for a name
// though written in lower case still acts as a disaster, not as someone
// moving.
func TestLowerCaseStorm(t *testing.T) {
	text := "Wildfires driven by powerful winds from a passing hurricane swept across parts of Ostburg on Tuesday and Wednesday, burning much of the old town to the ground, officials said."
	r := parseText(t, text)
	if e := eventBy(t, r, "sweep"); e.Kind != "disaster" {
		t.Errorf("kind %q, want disaster%s", e.Kind, describe(r))
	}
}

// TestDeathInName checks that a bare death completing the fixed name of
// a thing is no death, while a death that is someone's stays one.
func TestDeathInName(t *testing.T) {
	for _, tc := range []struct {
		text  string
		death bool
	}{
		{"The outage began when machines that had received the patch displayed the so-called blue screen of death and would not restart.", false},
		{"Reporters learned of the death of a guard at the prison on Monday.", true},
		{"Carl Dahl confirmed his death on Monday.", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventWith(r, "death"); (e != nil) != tc.death {
				t.Errorf("death event %v, want %v%s", e != nil, tc.death, describe(r))
			}
		})
	}
}
