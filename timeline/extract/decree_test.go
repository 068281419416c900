package extract

import (
	"strings"
	"testing"
)

// Water breaking out of its bed is a disaster, and a measure decreed is an
// announcement dated by the day the parse hung on the measure.
func TestFloodsAndDecrees(t *testing.T) {
	tests := []struct {
		text, trigger, kind, start string // start "" for any date; kind "!k" for any kind but k
	}{
		{"The River Kell burst its banks on Saturday.", "burst", "disaster", "2025-03-15"},
		{"The river overflowed on Saturday.", "overflow", "disaster", ""},
		{"The lake broke its banks on Saturday.", "break", "disaster", ""},
		{"Anna Berg broke the news on Saturday.", "break", "!disaster", ""},
		{"Sales topped forecasts on Saturday.", "top", "!disaster", ""},
		{"The mayor declared a local emergency on Wednesday evening.", "declare", "announcement", "2025-03-12"},
		{"The governor ordered the evacuation of 3,000 residents on Saturday.", "order", "announcement", ""},
		{"The mayor declared his support on Wednesday.", "declare", "statement", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if not, ok := strings.CutPrefix(tt.kind, "!"); ok && e.Kind == not || !ok && e.Kind != tt.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tt.kind, describe(r))
			}
			if tt.start != "" && (e.When == nil || e.When.Start.String() != tt.start) {
				t.Errorf("when %+v, want %s%s", e.When, tt.start, describe(r))
			}
		})
	}
}
