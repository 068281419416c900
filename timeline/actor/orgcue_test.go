package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrganisationCues: what only a body has makes a bare name one, in
// its document and, once one document shows it, in every document.
func TestOrganisationCues(t *testing.T) {
	tests := []struct {
		name string
		docs []string
		text string // every mention so written
		kind string
	}{
		{"a chief executive is a body's", []string{"Nordrail's chief executive, Philippe Arnaud, said the offer was fair."}, "Nordrail", timeline.Organization},
		{"a board is a body's", []string{"Meridian's board said it was reviewing the proposal."}, "Meridian", timeline.Organization},
		{"an envoy is a person's", []string{"Vennock's envoy said the offer was fair."}, "Vennock", timeline.Person},
		{"a class noun in one document names the body in all",
			[]string{"Workers struck against the rail operator Nordrail on Monday.", "Nordrail said it would run fewer trains. Nordrail added that talks would go on."},
			"Nordrail", timeline.Organization},
		{"a head both halves of an apposition share names the body",
			[]string{"He worked for Gordon Advisors, a public accounting and business consulting firm in the building."},
			"Gordon Advisors", timeline.Organization},
		{"a body the document shows is no person at its bare mentions",
			[]string{"Tessa Vell worked for Gordon Advisors, a consulting firm. Calls to Gordon Advisors were not answered."},
			"Gordon Advisors", timeline.Organization},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKind(t, tc.docs, tc.text, tc.kind) })
	}
}

// TestPossessiveInsideName: a plural possessive inside a body's name runs
// on to the organisation word after it, and the name keeps its apostrophe.
func TestPossessiveInsideName(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Ashbury Rovers Supporters' Trust said fans had lost confidence.", "Ashbury Rovers Supporters' Trust"},
		{"Lind chaired the Swedish Bankers' Association for years.", "Swedish Bankers' Association"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			for _, m := range ms[0] {
				if m.Kind == timeline.Organization && m.Text == tc.want {
					if m.Name != tc.want {
						t.Errorf("name %q, want %q as written", m.Name, tc.want)
					}
					return
				}
			}
			t.Errorf("no organisation %q in %s", tc.want, mentionIDs(ms[0]))
		})
	}
}

// A list of names after a comma is no apposition whose halves share a
// head: "center Sam Vell, forward Andre Orr and guard Lou Dane".
func TestSharedHeadNotList(t *testing.T) {
	for _, m := range findTexts(t, []string{"The players included center Sam Vell, forward Andre Orr and guard Lou Dane."})[0] {
		if m.Text == "Sam Vell" && strings.Contains(m.Role, "guard") {
			t.Errorf("%q has the role %q", m.Text, m.Role)
		}
	}
}

// TestModalNoTeam: a modal opening a clause whose subject speech leaves
// out is no team that a plural verb agrees with.
func TestModalNoTeam(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool // an organisation
	}{
		{"He said: \"It was great. Will have more to say later.\"", "Will", false},
		{"May have to wait, the minister said.", "May", false},
		{"Millbrook have sacked their manager.", "Millbrook", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := false
			for _, m := range findTexts(t, []string{tc.text})[0] {
				if m.Text == tc.name && m.Kind == timeline.Organization {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("%q an organisation: %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}

// TestRegulatorNoOffice: "the UK regulator" names a body, no office whose
// holder a name before it would be.
func TestRegulatorNoOffice(t *testing.T) {
	tests := []string{
		"Dunmore restructured the deal to transfer cloud gaming rights for Varnel Blizzard’s current and future games to Kelby. The decision paves the way for the deal to be closed now that the UK regulator has given the green light.",
		"Shares of Halvard Games rose. The regulator approved the deal on Friday.",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			for _, m := range findTexts(t, []string{text})[0] {
				if strings.Contains(m.Text, "regulator") && m.Kind == timeline.Person {
					t.Errorf("%q is the person %q", m.Text, m.Name)
				}
			}
		})
	}
}

// TestPossessiveClassNoun: a class noun in the possessive owns the name
// after it, which it does not make a body ("the firm's Kelvan partners"),
// where a class noun written bare before the name does.
func TestPossessiveClassNoun(t *testing.T) {
	for _, c := range []struct {
		text, name string
		body       bool
	}{
		{"The profits were reported by the firm's Kelvan partners.", "Kelvan", false},
		{"The profits were reported by the firm Kelvan Partners.", "Kelvan Partners", true},
	} {
		body := false
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Name == c.name && m.Kind == timeline.Organization {
				body = true
			}
		}
		if body != c.body {
			t.Errorf("%q: %q a body %v, want %v", c.text, c.name, body, c.body)
		}
	}
}
