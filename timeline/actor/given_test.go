package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestResolveOtherGivenName checks that two people of one surname with
// different given names stay two, in one document and across documents.
func TestResolveOtherGivenName(t *testing.T) {
	tests := []struct {
		name  string
		docs  []string
		apart [][2]string // names that must be different actors
	}{
		{"across documents", []string{
			"Dr Mark Vell, 43, is presumed dead after falling from the ridge.",
			"Miles Vell spoke to reporters about seeing his brother fall.",
		}, [][2]string{{"Mark Vell", "Miles Vell"}}},
		{"in one document", []string{
			"Dr Mark Vell, 43, is presumed dead after falling from the ridge. Miles Vell spoke to reporters about it.",
		}, [][2]string{{"Mark Vell", "Miles Vell"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []timeline.Document
			for i, text := range tc.docs {
				docs = append(docs, docOf(string(rune('a'+i)), text))
			}
			all, actors := findAndResolve(t, docs)
			actorOf := func(name string) string {
				for _, ms := range all {
					for _, m := range ms {
						if m.Kind == timeline.Person && (m.Text == name || strings.HasSuffix(m.Text, " "+name)) {
							return idOf(actors, m)
						}
					}
				}
				return ""
			}
			for _, p := range tc.apart {
				a, b := actorOf(p[0]), actorOf(p[1])
				if a == "" || b == "" || a == b {
					t.Errorf("%q → %q, %q → %q: want two actors", p[0], a, p[1], b)
				}
			}
		})
	}
}

// idOf returns the id of the actor whose name or aliases hold m's name.
func idOf(actors []timeline.Actor, m Mention) string {
	for _, a := range actors {
		if a.Name == m.Name {
			return a.ID
		}
	}
	return ""
}

func TestOtherGiven(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Mark Vell", "Miles Vell", true},
		{"Lena Ashford", "Odo Ashford", true},
		{"Maurice Vell", "Mo Vell", false}, // a familiar form
		{"Samuel Vell", "Sam Vell", false},
		{"Steven Vell", "Steve Vell", false},
		{"L. Vell", "Lena Vell", false},
		{"Vell", "Mark Vell", false},
	}
	for _, tc := range tests {
		if got := otherGiven(tc.a, tc.b); got != tc.want {
			t.Errorf("otherGiven(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
