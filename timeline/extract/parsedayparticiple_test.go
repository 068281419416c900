package extract

import "testing"

// TestDayBeforeParticiple: a day after "on" before a closing participle
// dates the verb before it; it does not do what the participle says.
func TestDayBeforeParticiple(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Two navy ships left Westhaven on Monday carrying water and tents.", "carry", "Two navy ships carrying water and tents"},
		{"Carl Dahl left Ostburg on Sunday taking the files with him.", "take", "Carl Dahl taking the files"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.want {
				t.Errorf("%q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}
