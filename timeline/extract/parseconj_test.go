package extract

import "testing"

// TestClauseOwnSubject checks that a clause whose subject the parser hung
// on a noun elsewhere gets it back: after "until" with an auxiliary
// between, after "and" joining two passives, and after a relative
// clause whose object the parser made the main verb's second subject. A
// sentence the parser reads well keeps its reading.
func TestClauseOwnSubject(t *testing.T) {
	tests := []struct{ text, trigger, summary, actors string }{
		{"Carl Dahl will remain free on bail until the appeal is decided.", "decide", "The appeal is decided", ""},
		{"Emergency rooms were closed on Sunday and dozens of surgeries were postponed.", "postpone", "Dozens of surgeries were postponed", ""},
		{"Police arrested Carl Dahl on Sunday and his brother was charged with fraud.", "charge", "His brother was charged with fraud", ""},
		{"Two businessmen who paid the bribes pleaded guilty last week.", "plead", "Two businessmen pleaded guilty", ""},
		{"Two businessmen who paid the bribes pleaded guilty last week.", "pay", "Two businessmen paid the bribes", ""},
		// Read well already.
		{"The men who attacked the convoy were arrested.", "arrest", "The men were arrested", ""},
		{"Carl Dahl, who owns the mill, was arrested on Sunday.", "arrest", "Carl Dahl was arrested", "patient:carl-dahl"},
		{"The roads were closed and the schools were shut.", "close", "The roads were closed", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text+" "+tc.trigger, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventBy(t, r, tc.trigger)
			if e.Summary != tc.summary || actorsOf(e) != tc.actors {
				t.Errorf("%q with %q, want %q with %q%s", e.Summary, actorsOf(e), tc.summary, tc.actors, describe(r))
			}
		})
	}
}
