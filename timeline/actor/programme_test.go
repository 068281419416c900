package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// "Programme" and "Society" end the names of bodies ("World Food
// Programme", "Red Crescent Society"), whose initials then stand for them.
func TestProgrammeIsBody(t *testing.T) {
	texts := []string{"The World Food Programme said aid was blocked. WFP executive director Cindra Mallow called on donors to act."}
	checkKind(t, texts, "World Food Programme", timeline.Organization)
	for _, m := range findTexts(t, texts)[0] {
		if m.Text == "WFP" && m.Name != "World Food Programme" {
			t.Errorf("WFP named %q", m.Name)
		}
	}
}

func TestSocietyIsBody(t *testing.T) {
	checkKind(t, []string{"The Iranian Red Crescent Society said 30 people were hurt."}, "Iranian Red Crescent Society", timeline.Organization)
}
