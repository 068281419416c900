package actor

import "testing"

// TestPossessiveAndName: two plural possessives joined by "and" open one
// body's name ("Farmers' and Citizens' Union"), whose initials are that
// body; a person's possessive before "and" opens none.
func TestPossessiveAndName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Farmers' and Citizens' Union (FCU) said it had lost trust.",
			"Farmers' and Citizens' Union=farmers-and-citizens-union FCU=farmers-and-citizens-union"},
		{"The Women's and Children's Hospital said it was full.", "Women's and Children's Hospital=womens-and-childrens-hospital"},
		// Must not change: one plural possessive, and lower-case ones.
		{"The Citizens' Union said it had lost trust.", "Citizens' Union=citizens-union"},
		{"The workers' and the farmers' leaders met.", "workers=(workers) farmers=(farmers)"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
}
