package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWorldBodies: a body named "World" or "International" and a field,
// with no organisation word, is an organisation; an event or a thing so
// named is no one.
func TestWorldBodies(t *testing.T) {
	tests := []struct{ text, want string }{
		{"World Athletics said on Monday it would ban the runner.", "World Athletics"},
		{"The sprinter was banned by World Athletics for four years.", "World Athletics"},
		{"World Rugby fined the union on Tuesday.", "World Rugby"},
		{"World Food Programme said supplies were running out.", "World Food Programme"},
		{"International Swimming Federation suspended two coaches.", "International Swimming Federation"},
		{"The World Cup starts in June.", ""},
		{"World War II ended in 1945.", ""},
		{"International Women's Day was marked on Friday.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range ms[0] {
				switch {
				case m.Text == tc.want && m.Kind == timeline.Organization:
					found = true
				case tc.want == "" && (strings.HasPrefix(m.Text, "World") || strings.HasPrefix(m.Text, "International")):
					t.Errorf("%q is a %s, want none", m.Text, m.Kind)
				case tc.want != "" && strings.Contains(tc.want, m.Text):
					t.Errorf("%q is a %s, want %q an organisation", m.Text, m.Kind, tc.want)
				}
			}
			if tc.want != "" && !found {
				t.Errorf("no organisation %q in %s", tc.want, mentionIDs(ms[0]))
			}
		})
	}
}

// TestPrizeNoBody: a run with an organisation word that a prize head ends
// names a prize, no one ("the 81st annual Academy Awards").
func TestPrizeNoBody(t *testing.T) {
	for _, text := range []string{"He will host the 81st Annual Academy Awards ceremony.", "She won the Kelburn Society Medal in May."} {
		t.Run(text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", text)})
			for _, m := range ms[0] {
				if strings.HasSuffix(m.Text, "Awards") || strings.HasSuffix(m.Text, "Medal") {
					t.Errorf("%q is a %s, want none", m.Text, m.Kind)
				}
			}
		})
	}
}
