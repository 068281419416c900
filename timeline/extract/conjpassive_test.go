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
