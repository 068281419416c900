package resolve

import (
	"slices"
	"testing"
)

func TestEventName(t *testing.T) {
	tests := []struct {
		text, trigger string
		name          string // "": none
	}{
		{"Gus Holm hosted the 58th annual Tony Awards in a gala.", "Awards", "tony"},
		{"Anna Berg will host the Academy Awards next year.", "Awards", "academy"},
		{"The show trailed Broadway's Tony Awards in the ratings.", "Awards", "tony"},
		// A lower-case trigger is no name's word, whatever stands before it.
		{"Anna Berg will host the Academy awards next year.", "awards", ""},
		{"Carl Dahl hosted the awards in a gala.", "awards", ""},
		// Nor are a headline's capitals, a sentence's first word, a day.
		{"Gus Holm To Host Tony Awards Next Year", "Awards", ""},
		{"Awards were handed out by Anna Berg.", "Awards", ""},
		{"Carl Dahl praised the Friday Awards of the club.", "Awards", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := sentenced{doc: "a", text: tt.text, trigger: tt.trigger, kind: "other", lemma: "award"}
			em := x.mention(t)
			want := uint32(0)
			if tt.name != "" {
				want = max(fnv32a(tt.name), 1)
			}
			if got := eventName(&em); got != want {
				t.Errorf("eventName = %d, want %d (%q)", got, want, tt.name)
			}
		})
	}
}

func TestMergeNamesApart(t *testing.T) {
	pub := map[string]string{"a": "2025-02-10", "b": "2025-02-10"}
	academy := sentenced{doc: "a", text: "Anna Berg will host the Academy Awards next year.", trigger: "Awards", kind: "other", lemma: "award"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"two names are two events", []sentenced{
			academy,
			{doc: "b", text: "Anna Berg hosted the 58th annual Tony Awards in a gala.", trigger: "Awards", kind: "other", lemma: "award"},
		}, [][]string{{"a"}, {"b"}}},
		{"one name is one event", []sentenced{
			academy,
			{doc: "b", text: "Anna Berg hosted the 81st Academy Awards in a gala.", trigger: "Awards", kind: "other", lemma: "award"},
		}, [][]string{{"a", "b"}}},
		{"a telling with no name may be either", []sentenced{
			academy,
			{doc: "b", text: "Anna Berg hosted the awards in a gala.", trigger: "awards", kind: "other", lemma: "award"},
		}, [][]string{{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
