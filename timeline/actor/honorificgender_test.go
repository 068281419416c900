package actor

import "testing"

// TestHonorificGender: "Mr." with a surname is no woman of that surname,
// in the document ("Mr. Berg" after only "Anna Berg" was written in
// full) or across the corpus (of Carl and Anna Berg, he is Carl).
func TestHonorificGender(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		id    string
	}{
		{[]string{"Anna Berg founded the school in 2010. Mr. Berg said the firm would grow."}, "berg"},
		{[]string{"Carl Berg and his wife, Anna Berg, founded the firm.", "Mr. Berg said on Monday the firm would grow."}, "carl-berg"},
		{[]string{"Carl Berg and his wife, Anna Berg, founded the firm.", "Ms. Berg said on Monday the firm would grow."}, "anna-berg"},
	} {
		found := false
		for _, ms := range findTexts(t, tc.texts) {
			for _, m := range ms {
				if m.Text == "Mr. Berg" || m.Text == "Ms. Berg" {
					found = true
					if m.ID != tc.id {
						t.Errorf("%q: %q is %q, want %q", tc.texts, m.Text, m.ID, tc.id)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention of Berg by honorific", tc.texts)
		}
	}
}
