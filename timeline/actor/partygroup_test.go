package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPartyMembers: a party's name before a noun for legislators is one
// group, "MPs" alone is a group and no surname, and a state's adjective
// keeps its own group.
func TestPartyMembers(t *testing.T) {
	tests := []struct{ text, mention, name string }{
		{"Conservative MPs who had backed him said they would stay.", "Conservative MPs", "Conservative MPs"},
		{"The motion needs the backing of 100 Tory MPs by Monday.", "Tory MPs", "Tory MPs"},
		{"The vote left Liberal Democrat MPs angry.", "Liberal Democrat MPs", "Liberal Democrat MPs"},
		{"On Tuesday Labour lawmakers walked out.", "Labour lawmakers", "Labour lawmakers"},
		{"Republican senators blocked the bill.", "Republican senators", "Republican senators"},
		{"Senior MPs said the vote was a shambles.", "MPs", "MPs"},
	}
	for _, tc := range tests {
		eachMention(t, tc.text, tc.mention, func(m Mention) {
			if m.Kind != timeline.Group || m.Name != tc.name {
				t.Errorf("%q: %q is a %s named %q, want the group %q", tc.text, m.Text, m.Kind, m.Name, tc.name)
			}
		})
	}
	checkKind(t, []string{"Russian lawmakers approved the bill."}, "Russian lawmakers", timeline.Group)
	for _, m := range findTexts(t, []string{"Russian lawmakers approved the bill."})[0] {
		if m.Text == "Russian lawmakers" && m.Ref != "russian-officials" {
			t.Errorf("Russian lawmakers is %q, want russian-officials", m.Ref)
		}
	}
}
