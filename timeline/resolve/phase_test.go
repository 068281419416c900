package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// phaseTold is a telling whose summary is not its sentence, as the
// extractor writes them ("The war began" of "the war in the north
// began following the raid").
func phaseTold(t *testing.T, doc, kind, text, summary, lemma, day string) extract.EventMention {
	t.Helper()
	em := told(t, doc, text, lemma, day)
	em.Kind, em.Summary = kind, summary
	if day == "" {
		em.When = nil
	}
	return em
}

func TestPhaseSubject(t *testing.T) {
	for _, tt := range []struct {
		text, summary, lemma string
		want                 string // "" for none
	}{
		{"the war in the north *began following the raid", "The war began", "begin", "war"},
		{"paving the way for a six-week pause in fighting to *start on Sunday", "A six-week pause to start", "start", "pause"},
		{"the truce, which could *start as soon as Sunday", "The truce could start", "start", "truce"},
		{"the talks *ended without a deal", "The talks ended", "end", "talks"},
		// Not a verb of phase: the subject does what the verb tells.
		{"the army *attacked the town", "The army attacked", "attack", ""},
		// A noun, not a verb: its modifier is no subject.
		{"Any truce would be the first significant *halt in the fighting", "The first significant halt", "halt", ""},
		// What ends is the object; the subject is who ends it.
		{"he believes both sides want to *end the war", "Both sides to end the war", "end", ""},
		// No noun before the verb.
		{"which is due to *start on Sunday", "To start", "start", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			em := phaseTold(t, "a", "other", tt.text, tt.summary, tt.lemma, "")
			if got := phaseSubject(&em); got != tt.want {
				t.Errorf("phaseSubject = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMergePhaseSubjects keeps apart the starts of two things that name
// nobody, whose verbs alone (start, begin) are related: a war that began
// long ago, told without a date, and a pause to start on Sunday; the
// start of one thing named twice (truce, ceasefire) stays one event.
func TestMergePhaseSubjects(t *testing.T) {
	// The pause is dated on the Sunday before the second report, a week
	// the first report's undated telling may be of.
	const sun = "2025-01-12"
	pubA, pubB := timeline.NewDate(2025, 1, 15), timeline.NewDate(2025, 1, 18)
	tests := []struct {
		name string
		a, b extract.EventMention
		want int // events
	}{
		{"a war beginning and a pause starting are two",
			phaseTold(t, "a", "attack", "The deal comes months after the war in the north *began following the raid", "The war began", "begin", ""),
			phaseTold(t, "b", "movement", "paving the way for a six-week pause in fighting to *start on Sunday", "A six-week pause to start", "start", sun), 2},
		{"a truce to begin and a ceasefire to start are one",
			phaseTold(t, "a", "agreement", "The truce, set to *begin Sunday, would halt the fighting", "The truce to begin Sunday", "begin", sun),
			phaseTold(t, "b", "agreement", "the ceasefire, which could *start as soon as Sunday", "The ceasefire could start", "start", sun), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			story := strings.Fields("deal ceasefire truce hostages fighting cabinet war pause")
			opt := Options{
				DocTerms:  map[string][]string{"a": story, "b": story},
				Published: map[string]timeline.Date{"a": pubA, "b": pubB},
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
