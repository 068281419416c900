package extract

import (
	"strings"
	"testing"
)

// TestConjoinedPassiveDoer: a passive conjunct with a doer of its own
// ("and was replaced by Berg") befalls the subject the conjuncts share;
// the doer is the one after "by", never the subject of the summary.
func TestConjoinedPassiveDoer(t *testing.T) {
	tests := []struct{ text, lemma, agent, others, summary string }{
		{"Carl Dahl resigned on Monday and was replaced by Anna Berg.", "replace", "anna-berg", "patient:carl-dahl", "Carl Dahl was replaced by Anna Berg"},
		{"Carl Dahl survived the crash and was questioned by police.", "question", "", "patient:carl-dahl", "Carl Dahl was questioned by police"},
		{"Carl Dahl was replaced by Anna Berg on Monday.", "replace", "anna-berg", "patient:carl-dahl", "Carl Dahl was replaced by Anna Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.lemma)
			if agent(e) != tt.agent || strings.Join(others(e), ",") != tt.others || e.Summary != tt.summary {
				t.Errorf("agent %q others %v summary %q, want %q %q %q%s", agent(e), others(e), e.Summary, tt.agent, tt.others, tt.summary, describe(r))
			}
		})
	}
}

// TestAccusedOfOthers: the people an accusation's "of" phrase names are
// no one accused, however long the phrase runs past the summary's words.
func TestAccusedOfOthers(t *testing.T) {
	tests := []struct{ text, others string }{
		{"Carl Dahl is accused of leaving port despite a storm warning and of allowing far too many Norlish officials on board.", "patient:carl-dahl"},
		{"Carl Dahl was accused of attacking Anna Berg.", "patient:carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := find(t, r, KindAccusation)
			if got := strings.Join(others(e), ","); got != tt.others {
				t.Errorf("actors %q, want %q%s", got, tt.others, describe(r))
			}
		})
	}
}
