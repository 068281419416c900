package extract

import "testing"

// TestPassiveVerdict: a passive verdict keeps what the person was found:
// "Carl Dahl was found guilty", not "Carl Dahl was found".
func TestPassiveVerdict(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Former officer Carl Dahl has been found guilty on all counts in the murder of Anna Berg.", "find guilty", "Carl Dahl has been found guilty"},
		{"Carl Dahl was found guilty of all charges on Monday.", "find guilty", "Carl Dahl was found guilty"},
		{"Carl Dahl was found not guilty on Monday.", "find not guilty", "Carl Dahl was found not guilty"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
