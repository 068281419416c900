package extract

import "testing"

// TestWeaponHits: a missile or a shell hitting something is an attack,
// whoever fired it; a ship put into service is no agreement; a
// signed order or decree is a measure decreed, a deal signed an agreement.
func TestWeaponHits(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"Two missiles hit the cruiser on Wednesday.", "hit", "attack"},
		{"The cruiser was hit by two missiles on Wednesday.", "hit", "attack"},
		{"Sudlish forces hit the cruiser with two missiles on Wednesday.", "hit", "attack"},
		{"The ball hit the crossbar on Wednesday.", "hit", KindOther},
		{"The Nordvik, a cruiser commissioned in 1983, was the largest warship lost in combat.", "commission", KindOther},
		{"Anna Berg commissioned a report on Wednesday.", "commission", KindOther},
		{"Anna Berg signed an executive order on Wednesday.", "sign", KindAnnouncement},
		{"Anna Berg signed a decree on Wednesday.", "sign", KindAnnouncement},
		{"The two leaders signed a peace deal on Wednesday.", "sign", "agreement"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
		})
	}
}
