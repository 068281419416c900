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
		{"A missile struck a building in Ostburg on Monday.", "strike", KindAttack},
		{"The ship was struck by a missile on Monday.", "strike", KindAttack},
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
