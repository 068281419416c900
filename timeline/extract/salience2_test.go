package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDoneToSalience: a deed done to a thing the text pins down, on a day
// of its own, reaches the pictures though no one named does it; a state,
// a thought, a bare saying or a bare object does not.
func TestDoneToSalience(t *testing.T) {
	runShownCases(t, []shownCase{
		{"A cyberattack knocked out the hospital's computer systems on Monday.", "knock out", true},
		{"The airline cancelled 200 flights on Monday.", "cancel", true},
		{"Ferry services were cancelled on Wednesday.", "cancel", true},
		{"Divers recovered both black boxes on Wednesday.", "recover", true},
		{"The storm destroyed 40 houses on Sunday.", "destroy", true},
		{"Norland recovered both black boxes on Wednesday.", "recover", true}, // named doer, possession verb
		// No day of its own, a bare object, a thought: left out.
		{"Divers have recovered both black boxes.", "recover", false},
		{"The company lost ground on Monday.", "lose", false},
		{"Officials believe the fire was deliberate.", "believe", false},
		{"Residents feared the worst on Monday.", "fear", false},
	})
}

// TestMovedPerson: a person taken somewhere on a day of their own is
// news, named or not; one tied to an event, or told to do something, is
// not made so.
func TestMovedPerson(t *testing.T) {
	runShownCases(t, []shownCase{
		{"A 72-year-old man was taken to hospital on Monday.", "take", true},
		{"Carl Dahl was taken to hospital on Monday.", "take", true},
		{"Two men were flown to Ostburg on Sunday.", "fly", true},
		{"The driver was rushed to a hospital in Ostburg on Wednesday.", "rush", true},
		// Tied to an event, sent nowhere, or no day of its own.
		{"The man was linked to the attack on Monday.", "link", false},
		{"The workers were told to leave on Monday.", "tell", false},
		{"A 72-year-old man was taken to hospital.", "take", false},
		{"Samples were taken to the laboratory on Monday.", "take", false},
	})
}

// shownCase is a sentence, the trigger of one of its events, and whether
// the pictures show that event (salience 0.5 or more).
type shownCase struct {
	text, trigger string
	shown         bool
}

// runShownCases checks each case's event is shown or left out, one
// subtest each.
func runShownCases(t *testing.T, tests []shownCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if shown := e.Salience >= 0.5; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}

// TestThingThatFailed: a made thing that sinks, bursts or collapses on a
// day of its own is what a disaster story is about, and reaches the
// pictures told once, as a storm that hits does; an idea is not made so.
func TestThingThatFailed(t *testing.T) {
	tests := []struct {
		text, trigger string
		shown         bool
	}{
		{"The rig sank on Monday.", "sink", true},
		{"A dam burst on Wednesday morning.", "burst", true},
		{"The rig sank.", "sink", false}, // no day of its own
		{"The storm hit on Monday.", "hit", true},
		{"The plan exploded on Monday.", "explode", false}, // an idea
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if shown := e.Salience >= timeline.DefaultMinSalience; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}
