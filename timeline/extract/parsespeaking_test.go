package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestParticipleOpenerSubject: a name closing an opening participle's
// clause, before the main verb, is the one who speaks and says.
func TestParticipleOpenerSubject(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"with a description",
			"Speaking at a news conference in the town of Ostburg, Carl Dahl, the head of the port authority, said work would continue.",
			"say", timeline.RoleAgent, "carl-dahl"},
		{"the participle's too",
			"Speaking at a news conference in the town of Ostburg, Carl Dahl, the head of the port authority, said work would continue.",
			"speak", timeline.RoleAgent, "carl-dahl"},
		{"a titled name",
			"Speaking at a news conference in the port town, Maj Gen Carl Dahl, the head of the authority, said the road would reopen.",
			"say", timeline.RoleAgent, "carl-dahl"},
		{"a titled name, the participle's too",
			"Speaking at a news conference in the port town, Maj Gen Carl Dahl, the head of the authority, said the road would reopen.",
			"speak", timeline.RoleAgent, "carl-dahl"},
	})
}

// TestSpeakingSetsTheScene: a fronted participle of speaking or writing
// is the occasion of the saying it opens, which takes its day: kept, but
// no timeline shows it beside the saying. One opening another deed is
// told for itself.
func TestSpeakingSetsTheScene(t *testing.T) {
	tests := []struct {
		text, trigger string
		occasion      bool
	}{
		{"Speaking to reporters on Monday, Anna Berg said the talks had failed.", "speak", true},
		{"Speaking outside the court on Monday, Carl Dahl said his sister, Eva Falk, had moved to Ostburg.", "speak", true},
		{"Writing in a newspaper on Monday, Carl Dahl argued that the plan was dead.", "write", true},
		{"Speaking to reporters on Monday, Anna Berg resigned.", "speak", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if got := e.Salience <= settingSalience; got != tt.occasion {
				t.Errorf("%q salience %.2f: an occasion %v, want %v%s", e.Summary, e.Salience, got, tt.occasion, describe(r))
			}
			if tt.occasion && find(t, r, "statement").When == nil {
				t.Errorf("the saying lost the participle's day%s", describe(r))
			}
		})
	}
}

// TestWritingFoldsIntoSaying: the lexicon reads "Writing in a newspaper"
// before a saying as that saying's occasion, as it reads "Speaking to
// reporters": one statement with the day of both.
func TestWritingFoldsIntoSaying(t *testing.T) {
	r := extractText(t, "Writing in a newspaper on Monday, Carl Dahl argued that the plan was dead.")
	if len(r.Events) != 1 || r.Events[0].Trigger != "argue" || r.Events[0].When == nil {
		t.Errorf("want one dated saying%s", describe(r))
	}
}

// TestTrailingSpeaking: a participle of speaking or saying after the
// clause a saying reports is the speaker's, not the reported subject's;
// another participle there is still the reported clause's.
func TestTrailingSpeaking(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"speaking after a that-clause",
			"Anna Berg said on Monday that the talks had failed, speaking to reporters in Ostburg.",
			"speak", timeline.RoleAgent, "anna-berg"},
		{"speaking after a bare clause",
			"Anna Berg said the army would stay in Ostburg, speaking at a news conference on Monday.",
			"speak", timeline.RoleAgent, "anna-berg"},
		{"adding",
			"Anna Berg said the army had left Ostburg, adding that the talks would resume.",
			"add", timeline.RoleAgent, "anna-berg"},
		{"saying is the note's",
			"Police said Carl Dahl had left a note in Ostburg, saying he was sorry.",
			"say", timeline.RoleAgent, "carl-dahl"},
		{"a deed of the reported clause",
			"Police said Carl Dahl had opened fire in Ostburg, wounding Gus Holm.",
			"wound", timeline.RoleAgent, "carl-dahl"},
	})
}

// TestReportedSubject: a subject the parse hung on a saying that has
// its own is the subject of the clause reported after it.
func TestReportedSubject(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"a named client", "His lawyer, Carl Dahl, said his client, Gus Holm, would appeal the verdict.",
			"appeal", timeline.RoleAgent, "gus-holm"},
		{"the speaker keeps saying", "His lawyer, Carl Dahl, said his client, Gus Holm, would appeal the verdict.",
			"say", timeline.RoleAgent, "carl-dahl"},
	})
	r, e := readEvent(t, "Speaking outside the court on Monday, Anna Berg said her mother, Judy, lived on the fifth floor.", "live", true)
	if !strings.HasPrefix(e.Summary, "Her mother lived") {
		t.Errorf("summary %q, want the mother to live%s", e.Summary, describe(r))
	}
}
