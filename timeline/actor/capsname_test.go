package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFirmShapedNames: a name that is or ends in a word of capitals, that
// ends in a coined business word ("Unibank", "Datatech"), in "Air Lines",
// or that a bank's "Bank of the" opens is a firm's, never a person's nor
// its last word alone a person; a regnal number still ends a person's.
func TestFirmShapedNames(t *testing.T) {
	tests := []namedCase{
		{"Vellmark said auditor KPG had found no evidence for the cash balances.", "KPG", timeline.Organization, "KPG"},
		{"Analysts at Halvorsen ISI said the change added uncertainty.", "Halvorsen ISI", timeline.Organization, "Halvorsen ISI"},
		{"Marrow Unibank said a document purporting to come from the lender was forged.", "Marrow Unibank", timeline.Organization, "Marrow Unibank"},
		{"A lawyer for Gus Holm said Arvo Datatech had cut his pay.", "Arvo Datatech", timeline.Organization, "Arvo Datatech"},
		{"Tarn Air Lines said the outage had cost it about $500 million.", "Tarn Air Lines", timeline.Organization, "Tarn Air Lines"},
		{"Bank of the Philippine Islands said a certificate used by Vellmark was fake.", "Bank of the Philippine Islands",
			timeline.Organization, "Bank of the Philippine Islands"},
		{"Arlen Voss III said he would run for the seat.", "Arlen Voss III", timeline.Person, "Arlen Voss III"},
		{"Anna Berg, the auditor, said she had found no evidence.", "Anna Berg", timeline.Person, "Anna Berg"},
	}
	checkNamed(t, tests)
}

// namedCase is a text, a word of it, and the kind and name of the mention
// that word must be.
type namedCase struct{ text, word, kind, name string }

// checkNamed fails each case whose word is no mention, or a mention of
// another kind or name.
func checkNamed(t *testing.T, tests []namedCase) {
	t.Helper()
	for _, tc := range tests {
		found := false
		ms := findOne(tc.text)
		for _, m := range ms {
			if m.Text != tc.word {
				continue
			}
			found = true
			if m.Kind != tc.kind || m.Name != tc.name {
				t.Errorf("%q: %q is a %s named %q, want a %s named %q", tc.text, m.Text, m.Kind, m.Name, tc.kind, tc.name)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %s", tc.text, tc.word, mentionIDs(ms))
		}
	}
}
