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

// A degree or honour after a name and a comma is no name, and the
// apposition after it is the person's role.
func TestPostnominal(t *testing.T) {
	for _, tc := range []struct{ text, name, role string }{
		{"Jorge Alsip, MD, the Alabama medical society's president, said the nominee was strong.", "Jorge Alsip", "president"},
		{"He is forceful, said Tom Murray, PhD, head of the Hastings Center, a research body.", "Tom Murray", "head of the Hastings Center"},
		{"Obama praised Nadia Vell, MD, PhD, director of the institute.", "Nadia Vell", "director of the institute"},
	} {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			switch m.Text {
			case "MD", "PhD":
				t.Errorf("%q in %q read as a %s", m.Text, tc.text, m.Kind)
			case tc.name:
				found = true
				if m.Kind != timeline.Person || m.Role != tc.role {
					t.Errorf("%q in %q: %s with role %q, want a person with role %q", m.Text, tc.text, m.Kind, m.Role, tc.role)
				}
			}
		}
		if !found {
			t.Errorf("%q in %q: no mention", tc.name, tc.text)
		}
	}
}
