package extract

import "testing"

// TestVisitCompanion: the one a visit is made with is company, not the
// place visited.
func TestVisitCompanion(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"President Carl Dahl will visit Ostburg on Monday with his wife Eva Falk.", "Carl Dahl to visit Ostburg with Eva Falk"},
		{"Carl Dahl visited Ostburg with First Lady Eva Falk on Monday.", "Carl Dahl visited Ostburg with Eva Falk"},
		{"Carl Dahl visited Eva Falk on Monday.", "Carl Dahl visited Eva Falk"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "visit"); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
