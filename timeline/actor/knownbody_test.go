package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFindGivenBodies: a body another reader found (the entity
// recogniser's) is one a later description may stand for; without it the
// description names no one.
func TestFindGivenBodies(t *testing.T) {
	for _, tc := range []struct{ text, body, desc, want string }{
		{"Chelsea sacked manager Tom Reid on Sunday. The club said a successor would follow.", "Chelsea", "club", "Chelsea"},
		{"Volkswagen will recall 40,000 cars. The carmaker said no one was hurt.", "Volkswagen", "carmaker", "Volkswagen"},
	} {
		doc := docOf("d", tc.text)
		at := strings.Index(tc.text, tc.body)
		body := Mention{Start: at, End: at + len(tc.body), Text: tc.body, Name: tc.body, Kind: timeline.Organization}
		nameOf := func(ms []Mention) string {
			for _, m := range ms {
				if m.Text == tc.desc {
					return m.Name
				}
			}
			return ""
		}
		f := NewFinder()
		if got := nameOf(f.Find(&doc, body)); got != tc.want {
			t.Errorf("%q given %s: %q is %q, want %q", tc.text, tc.body, tc.desc, got, tc.want)
		}
		if got := nameOf(f.Find(&doc)); got != "" {
			t.Errorf("%q alone: %q is %q, want none", tc.text, tc.desc, got)
		}
	}
}

// TestKeepSettled: a mention the first run settled keeps its name; one
// only the second run holds is taken from it.
func TestKeepSettled(t *testing.T) {
	first := []Mention{{Start: 0, End: 7, Name: "Wirecard"}, {Start: 20, End: 27, Name: "Wirecard"}}
	again := []Mention{{Start: 0, End: 7, Name: "Wirecard"}, {Start: 10, End: 12, Name: "EY"}, {Start: 20, End: 27, Name: "EY"}, {Start: 40, End: 47, Name: "EY"}}
	got := KeepSettled(first, again)
	want := []string{"Wirecard", "EY", "Wirecard", "EY"}
	for k := range want {
		if got[k].Name != want[k] {
			t.Errorf("mention %d is %q, want %q", k, got[k].Name, want[k])
		}
	}
}
