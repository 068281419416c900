package extract

import "testing"

// TestInfinitiveComplement: a to-infinitive that completes a verb of
// deciding, or of ordering or causing after its object, is the verb's
// complement, however the parse labels it; a purpose stays a purpose.
func TestInfinitiveComplement(t *testing.T) {
	tests := []struct{ text, word, deprel, head string }{
		{"The strike prompted the government to call an election.", "call", "xcomp", "prompted"},
		{"Carl Dahl threatened to resign if the cabinet voted to approve the deal.", "approve", "xcomp", "voted"},
		{"Anna Berg left early to catch a train.", "catch", "advcl", "left"},
		{"The firm borrowed money to build a plant.", "build", "advcl", "borrowed"},
		// A telling noun's that-clause holds what was told; a saying's
		// own clause stays the saying's, whatever noun comes between.
		{"Anna Berg denied reports that she had advised Carl Dahl to resign.", "advised", "acl", "reports"},
		{"Anna Berg confirmed reports that she had advised Carl Dahl to resign.", "advised", "acl", "reports"},
		{"Carl Dahl said in a joint statement that he would focus on the core business.", "focus", "ccomp", "said"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			rel, head, ok := arcOf(repairedWords(t, tc.text), tc.word)
			if !ok {
				t.Fatalf("no word %q", tc.word)
			}
			if rel != tc.deprel || head != tc.head {
				t.Errorf("%q is %s of %q, want %s of %q", tc.word, rel, head, tc.deprel, tc.head)
			}
		})
	}
}
