package actor

import "testing"

// TestPlaceOfName: the town after "Port of" or "City of", or before a
// lower-case "port" or "region", is no short name of the body that opens
// with it; the word alone elsewhere still is.
func TestPlaceOfName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Ships waited at the Port of Westhaven. The strike was called by the Westhaven Dockers' Union.",
			"Westhaven Dockers' Union=westhaven-dockers-union"},
		{"The City of Halvard sued. The Halvard Transit Authority said it would appeal.",
			"Halvard Transit Authority=halvard-transit-authority"},
		// A lower-case place's noun after it, in a heading too.
		{"Westhaven port strike goes on\n\nThe strike was called by the Westhaven Dockers' Union.",
			"Westhaven Dockers' Union=westhaven-dockers-union"},
		// Must not change.
		{"The Westhaven Dockers' Union called a strike. Westhaven said it would strike.",
			"Westhaven Dockers' Union=westhaven-dockers-union Westhaven=westhaven-dockers-union"},
		{"The Westhaven Dockers' Union called a strike. The chief executive of Westhaven said so.",
			"Westhaven Dockers' Union=westhaven-dockers-union Westhaven=(westhaven-dockers-union)"},
	} {
		checkLastDoc(t, []string{tc.text}, tc.want)
	}
	// Nor is it another article's body by its first word.
	checkLastDoc(t, []string{"The Westhaven Dockers' Union called a strike.", "Ships waited at the Port of Westhaven."}, "")
}
