package actor

import "testing"

// TestBareOfficeMore: "the rector" or "the speaker" alone is the
// document's one person holding that office, as "the president" is; two
// holders, or none, leave it no one.
func TestBareOfficeMore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Rector Hanna Lindqvist defended the plan. The rector added that she had invited them.",
			"Hanna Lindqvist=hanna-lindqvist The rector=hanna-lindqvist"},
		{"Speaker Irena Voss opened the session. The speaker said the vote would be held.",
			"Irena Voss=irena-voss The speaker=irena-voss"},
		// Must not change: two speakers, and an office no one holds.
		{"Speaker Irena Voss met Speaker Ivo Renner. The speaker said the vote would be held.",
			"Irena Voss=irena-voss Ivo Renner=ivo-renner"},
		{"Anna Berg said the rector had not called.", "Anna Berg=anna-berg"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
