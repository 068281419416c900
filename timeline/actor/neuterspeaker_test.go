package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A one-word name that says "it would" of itself is a company; one the
// text names in full after a given name, or that says "he", a person.
// A word in capitals that speaks, or is spoken for, is a firm known by
// its initials; "the CEO said" is no body.
func TestNeuterSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Dravnos said it would close 1,200 stores next year.", "Dravnos", timeline.Organization},
		{"Kellmart said it had told the league it would reassess the deal.", "Kellmart", timeline.Organization},
		{"Dravnos said it continued to have full confidence in the plane.", "Dravnos", timeline.Organization},
		{"Dravnos said he would close the stores.", "Dravnos", timeline.Person},
		{"Tom Dravnos runs the chain. Dravnos said it would close 1,200 stores.", "Dravnos", timeline.Person},
		{"Lena said it would take time.", "Lena", timeline.Person},
		{"Tarvel said Orbis would sell its holdings.", "Tarvel", timeline.Person},
		{"Wu Tarvel leads the group. Tarvel said it would take two weeks.", "Tarvel", timeline.Person},
		{"Changpo Tarvel spoke. Tarvel said it would take two weeks.", "Tarvel", timeline.Person},
		{"KVPG said the firm would cooperate with any inquiry.", "KVPG", timeline.Organization},
		{"A spokesman for KVPG declined to comment.", "KVPG", timeline.Organization},
		{"The deal was sound, said KVPG.", "KVPG", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	for _, text := range []string{"The CEO said the firm would cooperate.", "WARNING ISSUED AS STORM NEARS", "Analysts said it had exposed the fragility of his rule."} {
		for _, m := range findTexts(t, []string{text})[0] {
			if !m.Tentative && m.Kind == timeline.Organization {
				t.Errorf("%q: %q is no body", text, m.Text)
			}
		}
	}
}
