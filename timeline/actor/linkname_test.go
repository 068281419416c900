package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFirstWordOpensOtherName: the first word of a body's name written
// alone is the body, unless another name goes on after it.
func TestFirstWordOpensOtherName(t *testing.T) {
	tests := []struct {
		text, word string
		body       bool
	}{
		{"Patients were moved from Dovrik Coast Regional Medical Center on Friday. Dovrik County officials ordered evacuations.", "Dovrik", false},
		{"Patients were moved from Dovrik Coast Regional Medical Center on Friday. Dovrik of Marra oil output fell.", "Dovrik", false},
		{"Workers at Halvard Construction walked out on Monday. Halvard said it would talk.", "Halvard", true},
		{"Workers at Halvard Construction walked out on Monday. Halvard CEO Anna Berg said it would talk.", "Halvard", true},
		{"Orbis agreed to buy Advanced Medical Technologies Inc. on Monday. The deal values Advanced Medical at $10 million.", "Advanced", true},
		{"Workers at Halvard Construction walked out on Monday. Halvard Chief Executive Anna Berg said it would talk.", "Halvard", true},
		{"Ships waited as the Dovrik Canal Authority said on Monday. A ship has blocked Marra's Dovrik Canal for four days.", "Dovrik", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			body := false
			from := strings.Index(tc.text, ". ") + 2 // the second sentence
			for _, m := range findOne(tc.text) {
				if m.Start >= from && strings.HasPrefix(m.Text, tc.word) && m.Kind == timeline.Organization {
					body = true
				}
			}
			if body != tc.body {
				t.Errorf("%q alone a body: %v, want %v", tc.word, body, tc.body)
			}
		})
	}
}
