package actor

import "testing"

// TestStateGovernmentOwnState: a government with its state's adjective
// before it is that state's, whatever government the text named before.
func TestStateGovernmentOwnState(t *testing.T) {
	for _, tc := range []struct{ text, at, want string }{
		{"The Norvish government said it would act. Later the Danish government said it disagreed.", "Danish government", "Danish government"},
		{"The Danish government said it would act. Later the Swedish government said it disagreed.", "Swedish government", "Swedish government"},
		{"The Danish government said it would act. Later the government said it disagreed.", "the government said it disagreed", "Danish government"},
	} {
		if got := nameIn(findTexts(t, []string{tc.text})[0], tc.text, tc.at, ""); got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}
