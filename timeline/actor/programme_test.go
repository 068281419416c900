package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// "Programme" and "Society" end the names of bodies ("World Food
// Programme", "Kelvin Humane Society"), whose initials then stand for them.
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
	checkKind(t, []string{"Volunteers from Kelvin Humane Society rescued 30 dogs."}, "Kelvin Humane Society", timeline.Organization)
}
