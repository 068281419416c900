package extract

import "testing"

// TestAgreedAttachment: a relative clause after "N prep N" is the nearer
// noun's when its verb agrees with that noun alone, or when the first is
// an amount and the nearer a person or group; agreeing with the first,
// or after a person, it stays on the first.
func TestAgreedAttachment(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Schools in Ostburg, which was closed to residents until Saturday, will reopen on Monday.", "close", "Ostburg was closed to residents"},
		{"Anna Berg said the state would pay up to 20,000 euros to each family that lost a house.", "lose", "Each family lost a house"},
		{"The barns of Ostburg that were destroyed will be rebuilt.", "destroy", "The barns were destroyed"},
		{"The mayor of Ostburg, who was elected in 2022, resigned on Monday.", "elect", "The mayor was elected"},
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
