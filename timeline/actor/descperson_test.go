package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPersonDescriptions: "the 47-year-old" or "the father of three" is
// the one person the sentence before names, and no one when it names
// several or the description's own sentence names someone first.
func TestPersonDescriptions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Manager Sean Whitlock resigned on Monday. The 47-year-old said he had no choice.", "Sean Whitlock=sean-whitlock The 47-year-old=sean-whitlock"},
		{"\"It took three hours,\" said Marc Leroy, a 45-year-old accountant. The father of three said he backed the strike.",
			"Marc Leroy=marc-leroy The father of three=marc-leroy"},
		{"Sean Whitlock met Dean Casey. The 47-year-old said he had no choice.", "Sean Whitlock=sean-whitlock Dean Casey=dean-casey"},
		{"Sean Whitlock resigned. Dean Casey said the 47-year-old had no choice.", "Sean Whitlock=sean-whitlock Dean Casey=dean-casey"},
		{"Sean Whitlock resigned. The 58-year-old Casey said so.", "Sean Whitlock=sean-whitlock Casey=casey"},
		// "The suspect", "the lawyer" are the one person given that part.
		{"Officers arrested murder suspect Gary Gomes on Friday. Police said the suspect had surrendered.",
			"Officers=officers Gary Gomes=gary-gomes Police=police the suspect=gary-gomes"},
		{"Lawyer Alexis Kougias spoke on Monday. The lawyer said the boy was hit by a ricochet.",
			"Alexis Kougias=alexis-kougias The lawyer=alexis-kougias"},
		{"Police named the victim as Marie Johnson. A man told the 36-year-old driver to stop.",
			"Police=police the victim=marie-johnson Marie Johnson=marie-johnson"},
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
