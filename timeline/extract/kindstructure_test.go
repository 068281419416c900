package extract

import "testing"

// TestStructureGivesWay: a built thing, or a part of one, that collapses,
// falls, comes down or gives way is a disaster, not a movement; prices,
// people and coalitions are no built things.
func TestStructureGivesWay(t *testing.T) {
	tests := []struct{ text, trigger, kind, summary string }{
		{"Part of the tower collapsed on Monday.", "collapse", "disaster", "Part of the tower collapsed"},
		{"A wing of the building came down on Monday.", "come", "disaster", ""},
		{"The building fell on Monday.", "fall", "disaster", ""},
		{"Part of the bridge gave way on Monday.", "give", "disaster", "Part of the bridge gave way"},
		{"Prices fell on Monday.", "fall", "movement", ""},
		{"Two fans fell into the crowd on Monday.", "fall", "movement", ""},
		{"Part of the coalition collapsed on Monday.", "collapse", "movement", ""},
		{"Anna Berg gave way on Monday.", "give", "other", "Anna Berg gave way"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if e.Kind != tt.kind || tt.summary != "" && e.Summary != tt.summary {
				t.Errorf("%s %q, want %s %q%s", e.Kind, e.Summary, tt.kind, tt.summary, describe(r))
			}
		})
	}
}
