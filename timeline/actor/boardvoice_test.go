package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBoardVoice: a body whose board acts ("Carewell's board said") is
// its sentence's actor, so "its" after it stands for that body, not for
// the one the story dwells on; a possessive before another noun still
// only qualifies it.
func TestBoardVoice(t *testing.T) {
	lead := "Meridian Health Group said on Monday it would buy Carewell for 2 billion pounds. Meridian said the deal was good. "
	for _, tc := range []struct{ text, role string }{
		{lead + "Carewell's board said it would recommend the offer. Its chairwoman, Ruth Adeyemi, said the price was fair.", "chairwoman of Carewell"},
		// must not change
		{lead + "Carewell's hospitals are in the north. Its chairwoman, Ruth Adeyemi, said the price was fair.", "chairwoman of Meridian Health Group"},
	} {
		eachMention(t, tc.text, "Ruth Adeyemi", func(m Mention) {
			if m.Role != tc.role {
				t.Errorf("%q: Ruth Adeyemi is %q, want %q", tc.text, m.Role, tc.role)
			}
		})
	}
}

// TestHospitalsName: a name ending in "Hospitals" or "Clinics" is a
// hospital group's.
func TestHospitalsName(t *testing.T) {
	checkKind(t, []string{"Meridian Health agreed to buy Carewell Hospitals on Monday."}, "Carewell Hospitals", timeline.Organization)
	checkKind(t, []string{"Ivo Renner sold Brightwater Clinics last year."}, "Brightwater Clinics", timeline.Organization)
}

// TestSharesInShortName: a body's first word after "shares in" is the
// body the document names in full ("Meridian" of Meridian Health Group),
// not a place; a surname beside a given name is still no firm.
func TestSharesInShortName(t *testing.T) {
	text := "Meridian Health Group agreed to buy Carewell. Shares in Meridian rose 6 percent in London trading."
	if got := nameAt(text, "Meridian rose", ""); got != "Meridian Health Group" {
		t.Errorf("%q: Meridian is %q, want Meridian Health Group", text, got)
	}
	checkPersons(t, []personCase{{"Anna Kelby was elected. A Kelby spokesman said she was pleased.", "Anna Kelby", true}})
}
