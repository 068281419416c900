package extract

import "testing"

// TestEventRelative: what "took place", "happened" or "occurred" after a
// comma and "which" is the event noun before the comma, not a person the
// parse hung the clause on.
func TestEventRelative(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Anna Berg spoke on Monday. The league opened proceedings against Dahl over the brawl at the match, which took place in Ostburg on Sunday.",
			"take place", "The brawl took place"},
		{"Anna Berg spoke on Monday. UEFA later opened proceedings against Dahl over the incident at the final, which took place in Ostburg on Sunday.",
			"take place", "The final took place"},
		{"Anna Berg spoke on Monday. Police questioned Dahl about the crash on the bridge, which happened on Sunday.",
			"happen", "The crash happened"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.want || agent(e) != "" {
				t.Errorf("%q with %s, want %q with no agent%s", e.Summary, actorsOf(e), tt.want, describe(r))
			}
		})
	}
}
