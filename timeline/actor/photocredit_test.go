package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPhotoCreditNoActor: a photograph's credit line names who took or
// supplied the picture, no actor; the same agency in the story is one.
func TestPhotoCreditNoActor(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The minister resigned on Friday.\nPhotograph: Reuters", "Reuters", false},
		{"The minister resigned on Friday.\nPhoto: Associated Press", "Associated Press", false},
		{"The minister resigned on Friday.\nPhotograph by Ana Vell", "Ana Vell", false},
		{"The minister told Reuters on Friday that she would resign.", "Reuters", true},
	}
	for _, tc := range tests {
		found := false
		for _, ms := range findTexts(t, []string{tc.text}) {
			for _, m := range ms {
				found = found || m.Text == tc.name
			}
		}
		if found != tc.want {
			t.Errorf("%q: mention %q found %v, want %v", tc.text, tc.name, found, tc.want)
		}
	}
}

// TestPhotoCreditNotRecognised: the recogniser's body in a photo credit
// is no organisation either.
func TestPhotoCreditNotRecognised(t *testing.T) {
	text := "The minister resigned on Friday.\nPhotograph: Reuters"
	at := strings.Index(text, "Reuters")
	if ms := Organizations(text, nil, []timeline.TextRange{{Start: at, End: at + len("Reuters")}}); len(ms) != 0 {
		t.Errorf("credit read as %+v", ms)
	}
}
