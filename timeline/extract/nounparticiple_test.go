package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestNounParticipleSummary: an -ing form modifying a noun of a past
// clause is summed up as a deed in the past; one in a present clause
// stays as written.
func TestNounParticipleSummary(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Prosecutors unsealed an indictment charging Carl Dahl with fraud on Wednesday.", "charged Carl Dahl"},
		{"Prosecutors are preparing an indictment charging Carl Dahl with fraud.", "charging Carl Dahl"},
		{"The two sides agreed on Wednesday to finish a deal giving the port a share of the revenue.", "giving"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			if !slices.ContainsFunc(summaries(r), func(s string) bool { return strings.Contains(s, tc.want) }) {
				t.Errorf("no summary with %q%s", tc.want, describe(r))
			}
		})
	}
}
