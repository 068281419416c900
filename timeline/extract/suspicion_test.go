package extract

import "testing"

// TestArrestGround: the deed an arrest is made on suspicion of is the
// arrested one's, and the arrest reads without the dangling "on
// suspicion"; a participle on any other noun is still that noun's.
func TestArrestGround(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Two guards were arrested on suspicion of helping the prisoners escape.", "help", "Two guards helping the prisoners escape"},
		{"Two guards were arrested on suspicion of helping the prisoners escape.", "arrest", "Two guards were arrested"},
		{"Police detained Ivo Renner on suspicion of harbouring a fugitive.", "harbour", "Ivo Renner harbouring a fugitive"},
		{"A woman who was with him was also arrested on suspicion of harbouring a fugitive.", "harbour", "A woman harbouring a fugitive"},
		// A noun deed reads in the summary, as before.
		{"Three students were arrested on suspicion of trespass.", "arrest", "Three students were arrested on suspicion of trespass"},
		// Not a suspicion: the noun carries its participle, as before.
		{"Police arrested a man carrying a knife on Monday.", "carry", "A man carrying a knife"},
	}
	for _, tt := range tests {
		t.Run(tt.trigger+": "+tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
