package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLetterAndHashtagNoActor: a rank's abbreviation before a letter
// names a generation, and a hashtag a cause: no actor either.
func TestLetterAndHashtagNoActor(t *testing.T) {
	for _, text := range []string{
		"The marches, dubbed the Gen Z protests, have no leaders.",
		"Gen Z voters turned out in force.",
		"The hashtag #StopTheLevy trended for days.",
		"Supporters shared #FreeKelbyNow on Sunday.",
	} {
		t.Run(text, func(t *testing.T) {
			f := NewFinder()
			doc := docOf("a", text)
			for _, m := range f.Find(&doc) {
				if m.Kind != timeline.Group {
					t.Errorf("%q is a %s %q", m.Text, m.Kind, m.Name)
				}
			}
		})
	}
}
