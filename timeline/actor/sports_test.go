package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A sports position before a name is the player's title and the name
// before it the team, whatever word the player's name ends in.
func TestSportsPosition(t *testing.T) {
	for _, tc := range []struct {
		text, name, kind, role string
	}{
		{"Lakers forward Elton Brand scored 20 points.", "Elton Brand", timeline.Person, "Lakers forward"},
		{"Lakers forward Elton Brand scored 20 points.", "Lakers", timeline.Organization, ""},
		{"Bills coach Danny Orvell said the club had done everything.", "Danny Orvell", timeline.Person, "Bills coach"},
		{"Bills coach Danny Orvell said the club had done everything.", "Bills", timeline.Organization, ""},
		{"Red Sox shortstop Trevor Storen signed a new deal.", "Red Sox", timeline.Organization, ""},
		{"Red Sox shortstop Trevor Storen signed a new deal.", "Trevor Storen", timeline.Person, "Red Sox shortstop"},
		{"Saints running back Reggie Bush ran for 90 yards.", "Reggie Bush", timeline.Person, "Saints running back"},
		{"The club signed point guard Ty Merrow on Monday.", "Ty Merrow", timeline.Person, "point guard"},
		{"Creighton coach Greg Darrow said the team was ready.", "Creighton", timeline.Organization, ""},
		{"The deal was announced by New York Red Bulls coach Jessop Marr.", "Jessop Marr", timeline.Person, "New York Red Bulls coach"},
	} {
		checkMention(t, findTexts(t, []string{tc.text})[0], tc.text, tc.name, tc.kind, tc.role)
	}
}

// checkMention checks that the mentions ms found in text hold name, of
// the kind and with the role given.
func checkMention(t *testing.T, ms []Mention, text, name, kind, role string) {
	t.Helper()
	found := false
	for _, m := range ms {
		if m.Text != name {
			continue
		}
		found = true
		if m.Kind != kind || m.Role != role {
			t.Errorf("%q in %q: %s with role %q, want %s with role %q", name, text, m.Kind, m.Role, kind, role)
		}
	}
	if !found {
		t.Errorf("%q in %q: no mention in %v", name, text, ms)
	}
}

// A common noun that is also a position is no title without a team or a
// word of the position before it.
func TestSharedPositionNeedsTeam(t *testing.T) {
	all := findTexts(t, []string{"The plan was put forward Tuesday by Orvane Bank, the lender said."})
	for _, m := range all[0] {
		if m.Kind == timeline.Person {
			t.Errorf("%q read as a person", m.Text)
		}
	}
}

// A position before a single capitalised word is no title: a player is
// named in full ("Police end Tarvik bank siege" made Tarvik a person
// with the role "Police end").
func TestPositionBeforeOneName(t *testing.T) {
	for _, text := range []string{"Police end Tarvik bank siege, gunman arrested", "Police end Tarvik bank siege."} {
		for _, m := range findTexts(t, []string{text})[0] {
			if m.Kind == timeline.Person {
				t.Errorf("%q read as a person with the role %q in %q", m.Text, m.Role, text)
			}
		}
	}
}

// The words before a position are no team when they end a longer name
// or are the position's own.
func TestNoTeamBeforePosition(t *testing.T) {
	for _, text := range []string{
		"O'Brien is the son-in-law of Hall of Fame coach Jack Ramsay.",
		"Wide receiver Vance Jackson says he does not think charges will be filed.",
		"The arrest will not affect the status of San Diego Chargers wide receiver Vance Jackson.",
	} {
		for _, m := range findTexts(t, []string{text})[0] {
			if m.Kind == timeline.Organization && (m.Text == "Fame" || m.Text == "Wide" || m.Text == "Diego Chargers") {
				t.Errorf("%q in %q read as a team", m.Text, text)
			}
		}
	}
}

// A team called by its nickname is the team the document names in full.
func TestTeamNickname(t *testing.T) {
	for _, tc := range []struct{ text, nick, full string }{
		{"The Los Angeles Lakers beat Boston. Lakers forward Elton Brand scored 20 points.", "Lakers", "Los Angeles Lakers"},
		{"San Diego Chargers receiver Vance Jackson was arrested. The Chargers said nothing.", "Chargers", "San Diego Chargers"},
	} {
		n := 0
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.nick {
				n++
				if m.Name != tc.full {
					t.Errorf("%q named %q, want %q", m.Text, m.Name, tc.full)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: want one mention %q, got %d", tc.text, tc.nick, n)
		}
	}
}

// A storm's name is an event's: no person, place or body, even after a
// verb of saying or with a given name in it.
func TestStormIsNoActor(t *testing.T) {
	for _, tc := range []struct{ text, storm string }{
		{"Forecasters said Tropical Storm Beryn was forming in the gulf.", "Beryn"},
		{"The report said Cyclone Freddy had destroyed stocks in the south.", "Freddy"},
		{"Officials said Hurricane Mireya would reach the coast by Monday.", "Mireya"},
	} {
		all := findTexts(t, []string{tc.text})
		for _, m := range all[0] {
			if strings.Contains(m.Text, tc.storm) {
				t.Errorf("%q in %q read as a %s", m.Text, tc.text, m.Kind)
			}
		}
	}
}

// A place-like name and a plural nickname after "the" with a plural verb
// is a team, as British English agrees a club's name with its players.
func TestTeamPluralAgreement(t *testing.T) {
	texts := []string{"The Harbourton Lakers have agreed to sign forward Elton Brandvik, the club said."}
	checkKind(t, texts, "Harbourton Lakers", timeline.Organization)
	for _, m := range findTexts(t, texts)[0] {
		if m.Text == "club" && m.Name != "Harbourton Lakers" {
			t.Errorf("the club named %q", m.Name)
		}
	}
}

// "the Smiths are" stays a family's plural, no team.
func TestFamilyPluralIsNoTeam(t *testing.T) {
	for _, m := range findTexts(t, []string{"The Smiths have lived on the farm since 1950."})[0] {
		if m.Kind == timeline.Organization {
			t.Errorf("%q read as a body", m.Text)
		}
	}
}

// A position abbreviated in capitals is the player's title; "SS" after
// no team or level is a steamship's prefix, and a league's level ("AAA")
// is no team.
func TestPositionAbbreviation(t *testing.T) {
	for _, tc := range []struct{ text, name, kind, role string }{
		{"The Angels promoted AAA SS Brandon Wood on Tuesday.", "Brandon Wood", timeline.Person, "AAA SS"},
		{"Reports had AAA RHP Nick Adwell heading a package.", "Nick Adwell", timeline.Person, "AAA RHP"},
		{"Colts QB Milo Ferrante threw for 300 yards.", "Milo Ferrante", timeline.Person, "Colts QB"},
		{"The crew of the SS Arcadia was rescued.", "SS Arcadia", timeline.Organization, ""},
	} {
		ms := findTexts(t, []string{tc.text})[0]
		for _, m := range ms {
			if m.Text == "AAA" {
				t.Errorf("%q in %q: a league's level read as a %s", m.Text, tc.text, m.Kind)
			}
		}
		checkMention(t, ms, tc.text, tc.name, tc.kind, tc.role)
	}
}

// A city the gazetteer knows names its team before a player's position,
// not the place or its government.
func TestCityTeam(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"The NFL fined him for a hit on Chicago quarterback Jay Vell last weekend.", "Chicago", timeline.Organization},
		{"The hit on New York quarterback Eli Marr drew a flag.", "New York", timeline.Organization},
		{"Washington coach Jim Orr said the team was ready.", "Washington", timeline.Organization},
		{"The Sixers traded for Toronto guard Kyle Lorne.", "Toronto", timeline.Organization},
		{"The talks in Chicago ended on Monday.", "Chicago", timeline.Place},
	} {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text != tc.name {
				continue
			}
			found = true
			if m.Kind != tc.kind || m.Kind == timeline.Organization && (m.Ref != "" || !m.Modifier) {
				t.Errorf("%q in %q: %s %q (modifier %v), want a %s", m.Text, tc.text, m.Kind, m.Ref, m.Modifier, tc.kind)
			}
		}
		if !found {
			t.Errorf("%q in %q: no mention", tc.name, tc.text)
		}
	}
}
