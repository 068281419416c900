package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestReducedPassiveClause: a noun and a bare participle after a comma
// ("…, gunman arrested") tell what befell that noun, not the first noun
// of the list the parse made.
func TestReducedPassiveClause(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Police end Ostburg bank siege, gunman arrested", "arrest", "Gunman arrested"},
		{"Troops end hospital siege, the gunman arrested", "arrest", "The gunman arrested"},
		// A participle on the noun it follows stays that noun's.
		{"Police found the stolen car, a van abandoned in a field.", "abandon", "A van abandoned"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if !strings.HasPrefix(e.Summary, tt.summary) {
				t.Errorf("%q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestHeadlineVerb: a headline's present verb the tagger read as a plural
// noun is the verb, with the noun before it as its subject; in a body
// sentence the rule stays out.
func TestHeadlineVerb(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, trigger, summary string }{
		{"Ostburg hostage-taker frees four as talks continue\nThe gunman freed four hostages on Monday.", "free", "Ostburg hostage-taker frees four"},
		{"Ostburg hostage-taker frees four as talks continue\nThe gunman freed four hostages on Monday.", "continue", "Talks continue"},
	}
	for _, tt := range tests {
		t.Run(tt.trigger, func(t *testing.T) {
			doc, tx, am := fixture(t, tt.text, cast, dates)
			doc.Sentences[0].Kind = timeline.Heading
			r := Document(doc, tx, am, analyzer.Analyze(doc))
			for _, e := range r.Events {
				if e.Trigger == tt.trigger && e.Mention.Start < doc.Sentences[0].End {
					if !strings.HasPrefix(e.Summary, tt.summary) {
						t.Errorf("%q, want %q%s", e.Summary, tt.summary, describe(r))
					}
					return
				}
			}
			t.Errorf("no %q in the heading%s", tt.trigger, describe(r))
		})
	}
}
