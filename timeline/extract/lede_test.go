package extract

import (
	"testing"
)

// TestCompletedDeal: completing an acquisition, or closing a deal, is
// that acquisition or deal taking place; what is acquired names its kind.
func TestCompletedDeal(t *testing.T) {
	tests := []struct{ text, trigger, kind, agent string }{
		{"TV One has completed its acquisition of Ostburg Radio on Monday.", "acquisition", "transaction", "tv-one"},
		{"TV One acquired Ostburg Radio on Monday.", "acquire", "transaction", "tv-one"},
		{"Carl Dahl acquired a taste for politics on Monday.", "acquire", KindOther, "carl-dahl"},
		{"TV One closed the sale of its radio arm on Monday.", "sale", "transaction", "tv-one"},
	}
	for _, tt := range tests {
		r := parseText(t, tt.text)
		if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind || agent(e) != tt.agent {
			t.Errorf("%s: %q is %s by %q, want %s by %q%s", tt.text, e.Summary, e.Kind, agent(e), tt.kind, tt.agent, describe(r))
		}
	}
}

// TestLedeNews: a deed told in the perfect in the lede is the day's news;
// the same sentence deep in a story is background.
func TestLedeNews(t *testing.T) {
	const deed = "TV One has completed its acquisition of Ostburg Radio."
	lede := parseText(t, deed+" Anna Berg welcomed the news. Critics were less sure.")
	late := parseText(t, "Anna Berg spoke to staff on Monday. Critics were less sure. Staff were told to wait. "+deed)
	if e := eventBy(t, lede, "acquisition"); e.Salience < 0.6 {
		t.Errorf("in the lede %q has salience %.2f, want at least 0.6%s", e.Summary, e.Salience, describe(lede))
	}
	if e := eventBy(t, late, "acquisition"); e.Salience >= 0.6 {
		t.Errorf("late in the story %q has salience %.2f, want under 0.6%s", e.Summary, e.Salience, describe(late))
	}
}
