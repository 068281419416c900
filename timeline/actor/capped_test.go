package actor

import "testing"

// TestCapped: "the France international" is the player of the sentence
// before, not the state, as "the France coach" was already the office's
// holder; of two players it is neither.
func TestCapped(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Harbour City signed Lena Park on Monday. The 23-year-old France international will have a medical on Wednesday.",
			"Lena Park=lena-park The 23-year-old France international=lena-park"},
		{"Harbour City signed Lena Park on Monday. The France international said so.",
			"Lena Park=lena-park The France international=lena-park"},
		// What must not change.
		{"Harbour City signed Lena Park on Monday. The France coach said so.",
			"Lena Park=lena-park The France coach=lena-park"},
		{"Harbour City signed Lena Park and Ivo Renner on Monday. The France international said so.",
			"Lena Park=lena-park Ivo Renner=ivo-renner"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
