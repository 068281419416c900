package actor

import (
	"strings"
	"testing"
)

// A platform named only as where words were said or posted is no actor,
// and no description after it stands for it; named as a body that acts,
// it is one.
func TestMedium(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		actor      bool
	}{
		{"Maria Brede wrote on Instagram that she would return.", "Instagram", false},
		{"In an Instagram post on Monday, Maria Brede said she was sorry.", "Instagram", false},
		{"According to a post on Facebook, the festival was cancelled.", "Facebook", false},
		{"Maria Brede posted a video on TikTok. The club announced that the coach had left.", "TikTok", false},
		{"Vell Motors said in a LinkedIn post that it would cut 200 jobs.", "LinkedIn", false},
		{"The app maker Vellgram said on Monday it would appeal.", "Vellgram", true},
		{"Regulators said on Monday that TikTok had broken the law.", "TikTok", true},
		{"Analysts commented on Vell Motors' results.", "Vell Motors", true},
	} {
		found := false
		for _, m := range findOne(tc.text) {
			if m.Name == tc.name || strings.Contains(m.Text, tc.name) && m.Kind == "organization" {
				found = true
			}
		}
		if found != tc.actor {
			t.Errorf("%q: %q an actor %v, want %v", tc.text, tc.name, found, tc.actor)
		}
	}
}
