package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestSamePerson(t *testing.T) {
	tests := []struct {
		x, y timeline.Actor
		want bool
	}{
		{timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, timeline.Actor{Name: "Okafor", Kind: "person"}, true},
		{timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, timeline.Actor{Name: "Ravi Okafor Jr.", Kind: "person"}, true},
		{timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, timeline.Actor{Name: "R. Okafor", Kind: "person"}, true},
		{timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, timeline.Actor{Name: "Tomas Okafor", Kind: "person"}, false},
		{timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, timeline.Actor{Name: "Lena Brandt", Kind: "person"}, false},
		{timeline.Actor{Name: "Harbour Bank", Kind: "organization", Aliases: []string{"HB"}}, timeline.Actor{Name: "HB", Kind: "organization"}, true},
		{timeline.Actor{Name: "Harbour Bank", Kind: "organization"}, timeline.Actor{Name: "Bank", Kind: "person"}, false},
		// A name alone may be a given name: "Lena" for "Lena Brandt".
		{timeline.Actor{Name: "Lena Brandt", Kind: "person"}, timeline.Actor{Name: "Lena", Kind: "person"}, true},
		{timeline.Actor{Name: "Lena", Kind: "person"}, timeline.Actor{Name: "Lena Brandt", Kind: "person"}, true},
		{timeline.Actor{Name: "Lena", Kind: "person"}, timeline.Actor{Name: "Ravi Okafor", Kind: "person"}, false},
		{timeline.Actor{Name: "Lena Okafor", Kind: "person"}, timeline.Actor{Name: "Lena Brandt", Kind: "person"}, false},
		// A surname of two words told alone.
		{timeline.Actor{Name: "Marco Lo Verde", Kind: "person"}, timeline.Actor{Name: "Lo Verde", Kind: "person"}, true},
		{timeline.Actor{Name: "Lo Verde", Kind: "person"}, timeline.Actor{Name: "Marco Lo Verde", Kind: "person"}, true},
		{timeline.Actor{Name: "Anna De Wit Jr.", Kind: "person"}, timeline.Actor{Name: "De Wit", Kind: "person"}, true},
		{timeline.Actor{Name: "Marco Lo Verde", Kind: "person"}, timeline.Actor{Name: "Gina Verde", Kind: "person"}, false},
		{timeline.Actor{Name: "Lo Verde", Kind: "person"}, timeline.Actor{Name: "Gina Verde", Kind: "person"}, false},
	}
	for _, tt := range tests {
		x, y := personOf(&tt.x), personOf(&tt.y)
		if !x.named || !y.named {
			t.Errorf("%s, %s: not named", tt.x.Name, tt.y.Name)
			continue
		}
		if got := samePerson(&x, &y); got != tt.want {
			t.Errorf("samePerson(%s, %s) = %v, want %v", tt.x.Name, tt.y.Name, got, tt.want)
		}
	}
}

// TestPersonOf counts only proper names of people and organisations: a
// group, a place or a lower-case noun says nothing of who an event is of.
func TestPersonOf(t *testing.T) {
	tests := []struct {
		a    timeline.Actor
		want bool
	}{
		{timeline.Actor{Name: "Lena Brandt", Kind: "person"}, true},
		{timeline.Actor{Name: "Harbour Bank", Kind: "organization"}, true},
		{timeline.Actor{Name: "police", Kind: "group"}, false},
		{timeline.Actor{Name: "rescuers", Kind: "person"}, false},
		{timeline.Actor{Name: "Norland", Kind: "country"}, false},
		{timeline.Actor{Name: "Portvale", Kind: "place"}, false},
	}
	for _, tt := range tests {
		if got := personOf(&tt.a).named; got != tt.want {
			t.Errorf("personOf(%s).named = %v, want %v", tt.a.Name, got, tt.want)
		}
	}
}

func TestWhoFit(t *testing.T) {
	ps := people([]string{"okafor", "ravi-okafor", "lena-brandt", "police", "unknown", "harbour-bank", "tide-press"}, []timeline.Actor{
		{ID: "okafor", Name: "Okafor", Kind: "person"},
		{ID: "ravi-okafor", Name: "Ravi Okafor", Kind: "person"},
		{ID: "lena-brandt", Name: "Lena Brandt", Kind: "person"},
		{ID: "police", Name: "police", Kind: "group"},
		{ID: "harbour-bank", Name: "Harbour Bank", Kind: "organization"},
		{ID: "tide-press", Name: "Tide Press", Kind: "organization"},
	})
	tests := []struct {
		name string
		a, b []int32
		want int
	}{
		{"one side names nobody", []int32{0}, nil, whoUnknown},
		{"a group says nothing", []int32{3}, []int32{2}, whoUnknown},
		{"an unknown id says nothing", []int32{4}, []int32{2}, whoUnknown},
		{"a surname and the full name", []int32{0}, []int32{1}, whoAgree},
		{"one person in common", []int32{1, 2}, []int32{2, 3}, whoAgree},
		{"different people", []int32{1, 3}, []int32{2}, whoDiffer},
		{"different organisations", []int32{5}, []int32{6}, whoDiffer},
		// A person and an organisation are never one: neither side names
		// anyone the other could be.
		{"a person and an organisation", []int32{1}, []int32{6}, whoUnknown},
		{"a person and an organisation beside her", []int32{1}, []int32{2, 6}, whoDiffer},
	}
	for _, tt := range tests {
		if got := whoFit(tt.a, tt.b, ps); got != tt.want {
			t.Errorf("%s: whoFit = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestArchiveWho keeps apart, in an archive, two arrests told in the same
// words by alike documents when the documents are about different people:
// the tellings that name nobody go with what their documents are about.
func TestArchiveWho(t *testing.T) {
	common := "arrest driving suspicion team patrol "
	first, second := "receiver harbour night highway ", "tackle bridge morning stadium "
	terms := map[string][]string{
		"a": strings.Fields(common + first + "@ravi-okafor @ravi-okafor @ravi-okafor"),
		"b": strings.Fields(common + first + "@ravi-okafor @ravi-okafor @ravi-okafor"),
		"c": strings.Fields(common + second + "@lena-brandt @lena-brandt @lena-brandt @ravi-okafor"),
		"d": strings.Fields(common + second + "@lena-brandt @lena-brandt @lena-brandt"),
	}
	actors := []timeline.Actor{
		{ID: "ravi-okafor", Name: "Ravi Okafor", Kind: "person"},
		{ID: "lena-brandt", Name: "Lena Brandt", Kind: "person"},
		{ID: "coach", Name: "coach", Kind: "person"},
	}
	in := []m{
		{doc: "a", at: 1, kind: "arrest", actors: "t:ravi-okafor"}, {doc: "a", at: 50, kind: "arrest"},
		{doc: "b", at: 1, kind: "arrest", actors: "t:ravi-okafor"}, {doc: "b", at: 50, kind: "arrest"},
		{doc: "c", at: 1, kind: "arrest", actors: "t:lena-brandt"}, {doc: "c", at: 50, kind: "arrest"},
		{doc: "d", at: 1, kind: "arrest", actors: "t:lena-brandt"}, {doc: "d", at: 50, kind: "arrest", actors: "a:coach"},
	}
	tests := []struct {
		name   string
		actors []timeline.Actor
		want   [][]string
	}{
		{"without the actors, one arrest", nil, [][]string{{"a@1", "a@50", "b@1", "b@50", "c@1", "c@50", "d@1", "d@50"}}},
		{"with them, two", actors, [][]string{{"a@1", "a@50", "b@1", "b@50"}, {"c@1", "c@50", "d@1", "d@50"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Options{DocTerms: terms, Actors: tt.actors}.Merge(results(t, in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestCopiesKeepTwoPeopleApart: two copies of one report, each telling
// the arrests of two players, give two arrests: documents alike in every
// word say nothing for two events whose named people differ.
func TestCopiesKeepTwoPeopleApart(t *testing.T) {
	words := strings.Fields("arrest driving suspicion team patrol receiver tackle @ravi-okafor @ravi-okafor @lena-brandt @lena-brandt")
	terms := map[string][]string{"a": words, "b": words}
	actors := []timeline.Actor{
		{ID: "ravi-okafor", Name: "Ravi Okafor", Kind: "person"},
		{ID: "lena-brandt", Name: "Lena Brandt", Kind: "person"},
	}
	in := []m{
		{doc: "a", at: 1, kind: "arrest", actors: "t:ravi-okafor"}, {doc: "a", at: 50, kind: "arrest", actors: "t:lena-brandt"},
		{doc: "b", at: 1, kind: "arrest", actors: "t:ravi-okafor"}, {doc: "b", at: 50, kind: "arrest", actors: "t:lena-brandt"},
	}
	events, _ := Options{DocTerms: terms, Actors: actors}.Merge(results(t, in))
	want := [][]string{{"a@1", "b@1"}, {"a@50", "b@50"}}
	if got := groups(events); !slices.EqualFunc(got, want, slices.Equal[[]string]) {
		t.Errorf("events:\n got %v\nwant %v", got, want)
	}
}
