package extract

import "testing"

// TestTimeOffSubject: a time phrase after a reduced relative is when the
// relative's deed was done, not the subject of the main verb.
func TestTimeOffSubject(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The two men arrested earlier this month have been charged with burglary.", "charge", "The two men have been charged with burglary"},
		// Parsed right already; must stay.
		{"Three men detained last week were released on Monday.", "release", "Three men were released"},
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
