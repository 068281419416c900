package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPassiveThenSaying checks that a saying joined to a passive shares
// the passive's subject, however many names its phrase holds before the
// person ("Former Norland manager Carl Dahl"): the trigger lexicon, which
// reads only doers, took the first name of the sentence for it.
func TestPassiveThenSaying(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"Former Norland manager Carl Dahl has been linked with the job but said on Monday he had not been contacted.", "say", "agent:carl-dahl"},
		{"Former Norland coach Gus Holm was sacked on Sunday but told reporters he would stay in Riverton.", "tell", "agent:gus-holm"},
		// Read well already; a conjunct with a noun after its "and" may
		// have its own subject.
		{"Norlish officials were briefed on the plan and said they would support it.", "say", "agent:norland-officials"},
		{"Carl Dahl was arrested on Friday and charged with fraud.", "charge", "patient:carl-dahl"},
	})
	// A conjunct with a noun after its "and" may have a subject of its
	// own that the parse lost.
	police := []who{{text: "police", id: "police", kind: timeline.Group}}
	text := "Roads in the immediate area are expected to remain closed for a number of hours, and police have urged people to stay away from the scene."
	r := parseTextCast(t, text, police, nil)
	if e := eventBy(t, r, "urge"); agent(e) != "police" {
		t.Errorf("urged by %q, want police%s", agent(e), describe(r))
	}
}
