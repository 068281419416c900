package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// sportsLead makes a text sports copy: three words of sport.
const sportsLead = "The striker scored a late goal in the league match. "

// TestSportsClubs: in sports copy a city a result, a transfer or a club's
// people make a club is the club, and so is the city's every other
// mention there but one a preposition of place or motion puts on the
// map; a name the gazetteer lacks is a club after a result's or a
// transfer's words, and a city opens a club's longer name.
func TestSportsClubs(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{sportsLead + "Barcelona beat Vardo 3-1 on Saturday.", "Barcelona", timeline.Organization},
		{sportsLead + "Carl Dahl signed for Barcelona last week.", "Barcelona", timeline.Organization},
		{sportsLead + "The Barcelona coach said the team was tired.", "Barcelona", timeline.Organization},
		{sportsLead + "Anna Berg, Barcelona's president, said they would stay.", "Barcelona", timeline.Organization},
		{sportsLead + "Barcelona said in a statement that Carl Dahl would stay.", "Barcelona", timeline.Organization},
		{sportsLead + "Carl Dahl signed for Juventus last week.", "Juventus", timeline.Organization},
		{sportsLead + "Vardo beat Toulouse 6-2 on Sunday.", "Toulouse", timeline.Organization},
		{sportsLead + "The league filed a complaint against Manchester City on Monday.", "Manchester City", timeline.Organization},
		{sportsLead + "Paris Saint-Germain beat Vardo 6-2 on Sunday.", "Paris Saint-Germain", timeline.Organization},
		{sportsLead + "Paris St Germain beat Vardo 6-2 on Sunday.", "Paris St Germain", timeline.Organization},
		{sportsLead + "Milan beat Vardo 2-0, and Carl Dahl flew to Barcelona on Monday.", "Barcelona", timeline.Place},
		{"Barcelona said on Monday that the port would reopen.", "Barcelona", timeline.Place},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	// the city a motion puts on the map stays the place beside its club
	text := sportsLead + "Barcelona beat Vardo 2-0. Gus Holm flew to Barcelona on Monday."
	kinds := []string{}
	for _, m := range findTexts(t, []string{text})[0] {
		if m.Text == "Barcelona" {
			kinds = append(kinds, m.Kind)
		}
	}
	if len(kinds) != 2 || kinds[0] != timeline.Organization || kinds[1] != timeline.Place {
		t.Errorf("%q: Barcelona's kinds %v, want the club, then the place", text, kinds)
	}
}

// TestClubSpellings: one body whose documents write its name with and
// without a hyphen is one actor.
func TestClubSpellings(t *testing.T) {
	_, actors := findAndResolve(t, []timeline.Document{
		docOf("a", sportsLead+"Paris St Germain beat Vardo 6-2 on Sunday."),
		docOf("b", sportsLead+"Paris St-Germain beat Vardo 2-0 on Sunday."),
	})
	var ids []string
	for _, a := range actors {
		if a.Kind == timeline.Organization && a.Name != "Vardo" {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) != 1 || ids[0] != "paris-st-germain" {
		t.Errorf("Paris St Germain, Paris St-Germain: %v, want one actor paris-st-germain", ids)
	}
}

// TestClubInsideName: a city inside a longer name is no club of its own,
// and "team" before a noun it qualifies is no team acting.
func TestClubInsideName(t *testing.T) {
	checkKind(t, []string{sportsLead + "Inter Milan and AC Milan announced their withdrawal on Monday."}, "Milan", timeline.Place)
	text := sportsLead + "Barcelona beat Vardo 2-0. Carl Dahl told his team mates on Monday that he was leaving."
	for _, m := range findTexts(t, []string{text})[0] {
		if m.Text == "team" {
			t.Errorf("%q: %q is %q, want no body", text, m.Text, m.Name)
		}
	}
}

// TestClubNamedAsSurname: in sports copy a word where a club stands is
// the club, though a person of the story bears it as a surname; the
// surname elsewhere is still the person's.
func TestClubNamedAsSurname(t *testing.T) {
	text := "The player's father, Tomas Berg Ferreira, signed the contract. Berg, 25, joined Varnok from Ferreira in 2013 and scored 30 goals in his first season at the club. Ferreira said his son would stay in the league."
	club := strings.Index(text, "from Ferreira") + len("from ")
	var kinds []string
	for _, m := range findTexts(t, []string{text})[0] {
		if m.Text != "Ferreira" {
			continue
		}
		kinds = append(kinds, m.Kind)
		if want := timeline.Person; m.Start == club {
			want = timeline.Organization
			if m.Kind != want || m.Name != "Ferreira" {
				t.Errorf("the club at %d is %s %q, want the organisation Ferreira", m.Start, m.Kind, m.Name)
			}
		} else if m.Kind != want {
			t.Errorf("%q at %d is a %s, want a person", m.Text, m.Start, m.Kind)
		}
	}
	if len(kinds) != 2 {
		t.Errorf("mentions of Ferreira: %v, want two", kinds)
	}
}
