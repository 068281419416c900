package resolve

import (
	"slices"
	"testing"
)

// TestSameOccasion: a gathering told by its noun on one day at one place
// is one event whoever hosts or opens it; other days, places or people met
// keep two apart.
func TestSameOccasion(t *testing.T) {
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{
			name: "a conference hosted by the government and opened by the prime minister",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:government a:donors", when: "2026-03-19", places: "Pravan"},
				{doc: "b", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:berg a:donors", when: "2026-03-19", places: "Pravan"},
			},
			want: [][]string{{"a@1", "b@1"}},
		},
		{
			name: "the same noun at two places",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:government a:donors", when: "2026-03-19", places: "Pravan"},
				{doc: "b", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:berg a:donors", when: "2026-03-19", places: "Ostburg"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
		{
			name: "the same noun on two days",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:government a:donors", when: "2026-03-19", places: "Pravan"},
				{doc: "b", at: 1, kind: "meeting", trigger: "conference", status: "planned", actors: "a:berg a:donors", when: "2026-03-20", places: "Pravan"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
		{
			name: "one host meeting two people on one day at one place",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", trigger: "meeting", actors: "a:dahl a:aide p:macron", when: "2026-03-19", places: "Pravan"},
				{doc: "b", at: 1, kind: "meeting", trigger: "meeting", actors: "a:dahl a:envoy p:starmer", when: "2026-03-19", places: "Pravan"},
			},
			want: [][]string{{"a@1"}, {"b@1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
