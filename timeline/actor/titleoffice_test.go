package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTitleOffice: a title in the possessive before "Office" names the
// body that serves the post, and its initials are that body; elsewhere a
// title's possessive owns what follows and names no one, and a run cut
// after a capitalised word is no office's whole name.
func TestTitleOffice(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Officers from the Information Commissioner's Office (ICO) searched the offices. The ICO said it was pleased.",
			"Officers=officers Information Commissioner's Office=information-commissioners-office ICO=information-commissioners-office ICO=information-commissioners-office"},
		{"The Attorney General's Office said it would appeal.", "Attorney General's Office=attorney-generals-office"},
		{"A spokesman for the Prime Minister's Office declined to comment.", "Prime Minister's Office=prime-ministers-office"},
		{"Prime Minister's Questions was loud.", ""},
		// Cut after a place, the office's name is every state's: none.
		{"The inquiry is led by an inspector with the Alaska State Fire Marshal's Office.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
