package extract

import "testing"

// TestVehicleKinds: a vehicle running into a thing is a collision, not
// an attack; a weapon striking a building stays an attack, and a train
// that derails stays a disaster.
func TestVehicleKinds(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"A Norlish Rail freight train derailed near Riverton on Monday.", "derail", "disaster"},
		{"On Monday, a Norlish Rail train derailed in Riverton, leading to a massive fire.", "derail", "disaster"},
		{"A cargo ship struck a pylon of the Riverton bridge on Monday.", "strike", "disaster"},
		{"The truck hit a wall in Ostburg on Monday.", "hit", "disaster"},
		{"A cargo ship struck one of its pylons on Monday.", "strike", "disaster"},
		{"The bridge fell on Monday after a cargo ship lost power and struck a pylon.", "strike", "disaster"},
		{"A missile struck a building in Ostburg on Monday.", "strike", KindAttack},
		{"The ship was struck by a missile on Monday.", "strike", KindAttack},
		{"A faulty update crashed millions of computers on Monday.", "crash", "disaster"},
		{"A faulty update from Norlish Rail crashed the bank's computers on Monday.", "crash", "disaster"},
		{"The bank's computers crashed on Monday.", "crash", "disaster"},
		{"Norlish Rail crashed thousands of laptops on Monday.", "crash", "disaster"},
		{"The stock market crashed on Monday.", "crash", "movement"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, []who{{text: "Norlish Rail", id: "norlish-rail", kind: "organization"}}, nil)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
		})
	}
}

// TestTrainDerailment: "derailment" is a train's accident, told as the
// verb "derailed" is, unless it is of something no vehicle is.
func TestTrainDerailment(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"A fiery train derailment forced residents of Riverton to leave.", "disaster"},
		{"The derailment of a freight train near Riverton forced residents to leave.", "disaster"},
		{"The derailment of the peace process angered Eva Falk.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			for _, e := range r.Events {
				if e.Trigger == "derailment" && (e.Kind == "disaster") != (tt.kind == "disaster") {
					t.Errorf("%q is %s, want disaster: %v%s", e.Summary, e.Kind, tt.kind == "disaster", describe(r))
				}
			}
		})
	}
}
