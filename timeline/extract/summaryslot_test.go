package extract

import (
	"slices"
	"testing"
)

// TestSummaryKeepsPronounSlot checks that a summary keeps the slot of a
// person no actor stands for ("someone") rather than dropping it, and
// still names one a pronoun resolves to.
func TestSummaryKeepsPronounSlot(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"an object", "The jury found him guilty on Monday.", "The jury found someone guilty"},
		{"an object of a passive's own", "She was arrested on Monday.", "Someone was arrested"},
		{"a subject", "He resigned on Monday.", "Someone resigned"},
		{"an object the parser reads as iobj", "Police charged him with fraud.", "Police charged someone"},
		{"an object told to do", "The court ordered her to pay a fine.", "The court ordered someone to pay a fine"},
		{"a resolved pronoun keeps its name", "Gus Holm arrived in Ostburg. He resigned on Monday.", "Gus Holm resigned"},
		// A person described, not named, is the one it stands for.
		{"the described subject of the sentence before", "Gus Holm spoke on Sunday. The suspect fled on foot. He was arrested on Saturday.", "The suspect was arrested"},
		{"a described subject before it in the sentence", "Gus Holm said the suspect fled as he left the bank.", "The suspect left the bank"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			if got := summaries(r); !slices.Contains(got, tc.want) {
				t.Errorf("summaries %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}
