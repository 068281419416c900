package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// TestMergeCountryAndTown: a country and a town, which the gazetteer may
// not know lies in it, are not two places ("the quake in Norland", "the
// quake in Portvale"), nor a country and a town the actors place in it;
// two towns, two countries, or a country and another's town are.
func TestMergeCountryAndTown(t *testing.T) {
	const tue = "2026-10-20"
	pub := timeline.NewDate(2026, 10, 22)
	actors := []timeline.Actor{
		{ID: "norland", Name: "Norland", Kind: timeline.Country},
		{ID: "sudmark", Name: "Sudmark", Kind: timeline.Country},
		{ID: "portvale", Name: "Portvale", Kind: timeline.Place},
		{ID: "eastby", Name: "Eastby", Kind: timeline.Place, Country: "sudmark"},
	}
	tests := []struct {
		name   string
		pa, pb string
		want   int // events
	}{
		{"a country and a town", "Norland", "Portvale", 1},
		{"a town and a country", "Portvale", "Norland", 1},
		{"a country and its own town", "Sudmark", "Eastby", 1},
		{"a country and another's town", "Norland", "Eastby", 2},
		{"two towns", "Portvale", "Eastby", 2},
		{"two countries", "Norland", "Sudmark", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := told(t, "a", "the *quake struck on Tuesday", "quake", tue)
			b := told(t, "b", "after the *quake on Tuesday", "quake", tue)
			a.Places, b.Places = []string{tt.pa}, []string{tt.pb}
			story := strings.Fields("quake rubble rescuers villages toll aftershock tents mountains")
			opt := Options{Published: map[string]timeline.Date{"a": pub, "b": pub},
				DocTerms: map[string][]string{"a": story, "b": story}, Actors: actors}
			events, _ := opt.Merge([]extract.Result{{Doc: "a", Events: []extract.EventMention{a}}, {Doc: "b", Events: []extract.EventMention{b}}})
			if len(events) != tt.want {
				var got []string
				for _, ev := range events {
					got = append(got, fmt.Sprint(len(ev.Mentions), " ", ev.Summary, ev.Places))
				}
				t.Errorf("%d events %v, want %d", len(events), got, tt.want)
			}
		})
	}
}
