package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestJoinedBody: a body the gazetteer knows that ends a longer name
// joined by "and" is part of that name, another body; beside a mention
// of its own the "and" joins two.
func TestJoinedBody(t *testing.T) {
	checkKind(t, []string{"The African Union's Peace and Security Council is due to meet on Monday."}, "Peace and Security Council", timeline.Organization)
	for _, m := range findTexts(t, []string{"The African Union's Peace and Security Council is due to meet on Monday."})[0] {
		if m.Ref == "un-security-council" {
			t.Errorf("%q is the UN Security Council", m.Text)
		}
	}
	found := false
	for _, m := range findTexts(t, []string{"Diplomats said Russia and Security Council members objected."})[0] {
		if m.Text == "Security Council" && m.Ref == "un-security-council" {
			found = true
		}
	}
	if !found {
		t.Errorf("Security Council beside Russia is not the UN's")
	}
}
