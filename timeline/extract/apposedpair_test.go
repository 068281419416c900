package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestApposedPair: a pair of names in apposition to a plural noun both
// take part, as the noun's referents; one name alone stays one.
func TestApposedPair(t *testing.T) {
	people := []who{{text: "Ron Stauber", id: "ron-stauber"}, {text: "Mike Gingrich", id: "mike-gingrich"}}
	tests := []struct {
		text, trigger string
		want          []string
	}{
		{"Two deputies, Ron Stauber and Mike Gingrich, were suspended on Monday.", "suspend", []string{"ron-stauber", "mike-gingrich"}},
		{"The deputy, Ron Stauber, was suspended on Monday.", "suspend", []string{"ron-stauber"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, tt.trigger)
			var got []string
			for _, a := range e.Actors {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("actors %v, want %v%s", got, tt.want, describe(r))
			}
		})
	}
}

// TestApposedPairSummary: a passive's pair of subjects reads as a pair,
// coordinated directly or in apposition to a noun.
func TestApposedPairSummary(t *testing.T) {
	people := []who{{text: "Ron Stauber", id: "ron-stauber"}, {text: "Mike Gingrich", id: "mike-gingrich"}}
	for _, text := range []string{
		"Two deputies, Ron Stauber and Mike Gingrich, were suspended on Monday.",
		"Ron Stauber and Mike Gingrich were suspended on Monday.",
	} {
		t.Run(text, func(t *testing.T) {
			r := parseTextCast(t, text, people, nil)
			if e := eventBy(t, r, "suspend"); !strings.HasPrefix(e.Summary, "Ron Stauber and Mike Gingrich were suspended") {
				t.Errorf("summary %q%s", e.Summary, describe(r))
			}
		})
	}
}
