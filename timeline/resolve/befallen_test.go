package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// TestUnnamedBefallen: in a stream, one outlet's telling of a death
// that names the person and another's that names no one the actors know
// ("the singer died at her home") are one death when they are dated to
// one day; a nameless telling that counts many, another day, a day
// within the named one's week, or another person's named death stay
// apart.
func TestUnnamedBefallen(t *testing.T) {
	pub := map[string]string{"a": "2025-01-18", "b": "2025-01-19", "c": "2025-01-20"}
	died := func(doc, text, actors, when string) sentenced {
		return sentenced{doc: doc, text: text, trigger: "died", kind: "death", lemma: "die", actors: actors, when: when, basis: extract.BasisText}
	}
	named := died("a", "Ana Ruiz, the singer, died on Friday.", "a:ana-ruiz", "2025-01-17")
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"a nameless telling of the day joins the named", []sentenced{
			named,
			died("b", "The singer of the band died on Friday.", "", "2025-01-17"),
		}, [][]string{{"a", "b"}}},
		{"two nameless tellings join the named", []sentenced{
			named,
			died("b", "The singer of the band died on Friday.", "", "2025-01-17"),
			died("c", "The star singer had died on Friday.", "", "2025-01-17"),
		}, [][]string{{"a", "b", "c"}}},
		{"a nameless telling that counts many stays apart", []sentenced{
			named,
			died("b", "At least 12 people died on Friday.", "", "2025-01-17"),
		}, [][]string{{"a"}, {"b"}}},
		{"another day stays apart", []sentenced{
			named,
			died("b", "The singer of the band died on Saturday.", "", "2025-01-18"),
		}, [][]string{{"a"}, {"b"}}},
		{"a nameless day within a named week stays apart", []sentenced{
			died("a", "Ana Ruiz, the singer, died last week.", "a:ana-ruiz", "2025-01-13..2025-01-19/week"),
			died("b", "The singer of the band died on Friday.", "", "2025-01-17"),
		}, [][]string{{"a"}, {"b"}}},
		{"two named people stay apart", []sentenced{
			named,
			died("b", "Omar Lutz, the drummer, died on Friday.", "a:omar-lutz", "2025-01-17"),
		}, [][]string{{"a"}, {"b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mergeTold(t, pub, tt.in)
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
