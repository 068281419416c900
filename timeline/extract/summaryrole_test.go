package extract

import "testing"

// TestRoleInSummary: a verb of becoming or appointing keeps in its
// summary the office it gives; a phrase with a preposition is none.
func TestRoleInSummary(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Carl Dahl became prime minister on Monday.", "become", "Carl Dahl became prime minister"},
		{"Anna Berg was made foreign secretary on Monday.", "make", "Anna Berg was made foreign secretary"},
		{"Gus Holm was named chief executive on Monday.", "name", "Gus Holm was named chief executive"},
		{"Eva Falk was appointed chief executive on Monday.", "appoint", "Eva Falk was appointed chief executive"},
		{"Carl Dahl was appointed as chief executive of the firm on Monday.", "appoint", "Carl Dahl was appointed as chief executive of the firm"},
		{"Carl Dahl was named in a lawsuit on Monday.", "name", "Carl Dahl was named"},
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
