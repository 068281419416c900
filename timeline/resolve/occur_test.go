package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

func TestEventSubject(t *testing.T) {
	for _, tt := range []struct {
		text, lemma string
		want        string // "" for none
	}{
		{"The 6.8-magnitude quake *struck late on Friday", "strike", "quake"},
		{"survivors of the quake that *struck late on Friday", "strike", "quake"},
		{"The quake, which *rattled several parts of the country", "rattle", "quake"},
		{"after the blast *occurred near the station", "occur", "blast"},
		{"the fires that had *devastated the hills", "devastate", "fire"},
		{"An explosion *tore through a chemical plant", "tear", "explosion"},
		{"the blast, which *ripped through a solvent store", "rip", "blast"},
		// Not a verb of occurring: the killing is an event of its own.
		{"The quake *killed more than 600 people", "kill", ""},
		// The subject is no event.
		{"The villages hardest *hit by the tremor", "hit", ""},
		{"Rebels *struck the convoy", "strike", ""},
		// The noun nearest the verb heads its subject.
		{"The quake's aftershock *struck", "strike", "aftershock"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			em := told(t, "a", tt.text, tt.lemma, "2023-09-08")
			if got := eventSubject(&em); got != tt.want {
				t.Errorf("eventSubject = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMergeOccurredSubject merges a verb of occurring with its subject's
// event ("the quake struck", "the magnitude-6.8 quake"), in news; in an
// archive (no publication day), as ECB+ annotates them, they stay apart.
func TestMergeOccurredSubject(t *testing.T) {
	const fri = "2023-09-08"
	pub := timeline.NewDate(2023, 9, 10)
	tests := []struct {
		name      string
		a, b      extract.EventMention
		published bool
		want      int // events
	}{
		{"the quake struck and the quake are one",
			told(t, "a", "The 6.8-magnitude quake *struck late on Friday", "strike", fri),
			told(t, "b", "survivors of the magnitude-6.8 *quake on Friday", "quake", fri), true, 1},
		{"the quake that shook and the earthquake are one",
			told(t, "a", "A powerful earthquake that *shook the region on Friday", "shake", fri),
			told(t, "b", "the death toll in Friday's *quake rose", "quake", fri), true, 1},
		{"a storm struck and a quake are two",
			told(t, "a", "The storm *struck late on Friday", "strike", fri),
			told(t, "b", "survivors of the magnitude-6.8 *quake on Friday", "quake", fri), true, 2},
		{"in an archive, the quake struck and the quake stay apart",
			told(t, "a", "The 6.8-magnitude quake *struck late on Friday", "strike", fri),
			told(t, "b", "survivors of the magnitude-6.8 *quake on Friday", "quake", fri), false, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			story := strings.Fields("quake magnitude rubble rescuers villages mountains toll survivors")
			opt := Options{DocTerms: map[string][]string{"a": story, "b": story}}
			if tt.published {
				opt.Published = map[string]timeline.Date{"a": pub, "b": pub}
			}
			events, _ := opt.Merge([]extract.Result{{Doc: "a", Events: []extract.EventMention{tt.a}}, {Doc: "b", Events: []extract.EventMention{tt.b}}})
			if len(events) != tt.want {
				var got []string
				for _, ev := range events {
					got = append(got, fmt.Sprint(len(ev.Mentions), " ", ev.Summary))
				}
				t.Errorf("%d events %v, want %d", len(events), got, tt.want)
			}
		})
	}
}
