package extract

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestPerfectIsNoLightVerb: "had" before a past participle helps that
// verb; the event noun the participle governs was not had by the subject
// ("he had ordered the meeting" is no meeting he held), while "had talks"
// still is.
func TestPerfectIsNoLightVerb(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	actors := []who{{text: "Netanyahu", id: "netanyahu"}, {text: "Hamas", id: "hamas", kind: timeline.Organization}}
	tests := []struct{ text, kind, want string }{
		{"Netanyahu said on Monday that he had ordered the meeting to approve the deal.", KindMeeting, ""},
		{"Netanyahu has sought talks with Hamas.", KindMeeting, "participant:hamas"},
		{"Netanyahu had talks with Hamas on Monday.", KindMeeting, "agent:netanyahu,participant:hamas"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, actors, dates)
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			i := slices.IndexFunc(r.Events, func(e EventMention) bool { return e.Kind == tc.kind })
			if i < 0 {
				t.Fatalf("no %s event in %s", tc.kind, describe(r))
			}
			e := r.Events[i]
			if got := actorsOf(e); got != tc.want {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}
