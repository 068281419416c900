package actor

import "testing"

// A description right after the sentence that brings in a new body of
// its type stands for the newcomer, though an older body is more
// salient; the newcomer's sentence opened by an agreeing body, or naming
// the older one again, leaves salience to decide.
func TestNewcomerBody(t *testing.T) {
	for _, tc := range []struct{ text, desc, want string }{
		{"The Kessel Drug Administration approved the pill on Monday. The Kessel Drug Administration said it was safe. " +
			"Mr Dane wrote to the Norvian Water Authority in May. The agency did not reply.", "The agency", "Norvian Water Authority"},
		{"Halvorsen Group offered 4 billion for Meridian Foods on Monday. The company said the deal would close in June.", "The company", "Halvorsen Group"},
		{"The Kessel Drug Administration approved the pill. Mr Dane wrote to the Norvian Water Authority and the Kessel Drug Administration. " +
			"The agency did not reply.", "The agency", "Kessel Drug Administration"},
		{"The Kessel Drug Administration approved the pill. The Kessel Drug Administration said it was safe. " +
			"The Norvian Water Authority opened a review. The agency said it would take a year.", "The agency", "Norvian Water Authority"},
	} {
		got := nameAt(tc.text, tc.desc, "")
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.desc, got, tc.want)
		}
	}
}
