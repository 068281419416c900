package extract

import "testing"

// TestDeathCounts: a count of the dead is news whatever its grammar: the
// subject of a verb of dying, a toll raised or brought to a number, as
// "killed 31 people" and "the death toll rose to 23" are; so is a count
// of the people rescued.
func TestDeathCounts(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
		shown               bool
	}{
		{"At least seven people have died, according to the emergency service, and 14 others were missing late Monday.", "die", "death", true},
		{"A dam on the river burst early on Wednesday, sending a wall of water through two villages and raising the death toll to 19.", "raise", "death", true},
		{"The death toll rose to 23 on Friday.", "rise", "death", true},
		// A number of the dead, or the deaths themselves, rise as a
		// toll does; a number of others moves.
		{"The number of people killed in the quake rose to 137 on Monday.", "rise", "death", true},
		{"Deaths from the storm rose to 137 on Monday.", "rise", "death", true},
		{"The number of visitors rose to 137 on Monday.", "rise", "movement", false},
		// The toll someone gives is their statement; the dead of a
		// relative clause are the background of another event.
		{"The Civil Protection Agency put the death toll at 48 on Thursday.", "put", KindStatement, false},
		{"Residents held a vigil on Sunday outside the ruins of the tower, where 31 people died.", "die", "death", false},
		// The people saved are counted as the dead are.
		{"Rescuers pulled 40 people from submerged houses on Wednesday.", "pull", "movement", true},
		{"Workers pulled the cables on Wednesday.", "pull", "movement", false},
		// A subject that is not counted stays as it was.
		{"The old man died on Monday.", "die", "death", false},
		{"Three gunmen attacked the hotel on Monday.", "attack", "attack", false},
		{"The central bank raised its main interest rate on Wednesday.", "raise", KindOther, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Kind != tt.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tt.kind, describe(r))
			}
			if shown := e.Salience >= 0.6; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}

// TestNoStructureNoDisaster: what gives way is a disaster only when it
// was built; talks, a company or a bank collapse otherwise.
func TestNoStructureNoDisaster(t *testing.T) {
	for _, text := range []string{"The talks collapsed on Wednesday.", "The bank failed on Wednesday.", "Shares collapsed on Wednesday.",
		"Tugboats failed again on Wednesday to free a container ship."} {
		r := parseText(t, text)
		for _, e := range r.Events {
			if e.Kind == "disaster" {
				t.Errorf("%q: %q is a disaster%s", text, e.Summary, describe(r))
			}
		}
	}
}
