package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPersons: a name the recogniser reads as a person's is one when
// Find had no context for it and its words are a person's, not a thing's.
func TestPersons(t *testing.T) {
	runEntityCases(t, timeline.Person, Persons, []entityCase{
		{text: "Thabo Mbeki resigned on Sunday. Mbeki said he was tired.", names: []string{"Thabo Mbeki"},
			want: []string{"Thabo Mbeki=Thabo Mbeki", "Mbeki=Thabo Mbeki"}},
		// A country read in a surname gives way.
		{text: "Eddie Jordan was fired on Sunday.", names: []string{"Eddie Jordan"}, want: []string{"Eddie Jordan=Eddie Jordan"}},
		// A word that describes the person is left out.
		{text: "The film was made by moviemaker Gary Ross last year. Moviemaker Gary Ross left.", names: []string{"Moviemaker Gary Ross"},
			want: []string{"Gary Ross=Gary Ross"}},
		// One holds a post at a body, not at a person.
		{text: "The board named Ilse Varga, a former compliance chief at Norvo Börse, on Thursday.", names: []string{"Ilse Varga", "Norvo Börse"},
			want: []string{"Ilse Varga"}, absent: []string{"Norvo Börse"}},
		// A photographer in a credit is no actor.
		{text: "The bank's offices in Aschheim. Picture-alliance/dpa/S. Hoppe", names: []string{"S. Hoppe"}, absent: []string{"S. Hoppe", "Hoppe"}},
		// Nor are the staff a wire story's credit line names.
		{text: "The bank closed its offices.\nReporting by Ana Velloso; Editing by Tomas Brink", names: []string{"Ana Velloso", "Tomas Brink"},
			absent: []string{"Ana Velloso", "Tomas Brink"}},
		// Things and places are no people.
		{text: "The winners of the Tony Awards were named.", names: []string{"Tony Awards"}, absent: []string{"Tony Awards"}},
		{text: "Hurricane George hit the coast.", names: []string{"Hurricane George"}, absent: []string{"Hurricane George"}},
		{text: "Crowds gathered on Millom Pier on Sunday.", names: []string{"Millom Pier"}, absent: []string{"Millom Pier"}},
		{text: "Climbers crossed the Tasman Glacier. The glacier is shrinking.", names: []string{"Tasman Glacier"}, absent: []string{"Tasman Glacier"}},
		{text: "The INS Sukanya sailed on Sunday.", names: []string{"INS Sukanya"}, absent: []string{"INS Sukanya"}},
		// A given name WordNet knows as a noun of the mind ("ken") opens
		// a person's name; one of a thing does not.
		{text: "The suit was filed by Ken Paxley on Monday. In a statement, Paxley called it a win.", names: []string{"Ken Paxley"},
			want: []string{"Ken Paxley=Ken Paxley", "Paxley=Ken Paxley"}},
		{text: "Warship Kesari sailed on Sunday.", names: []string{"Warship Kesari"}, absent: []string{"Warship Kesari"}},
		// An honorific as written ("Gov", "Dame") is no name's word.
		{text: "Kessim Gov. Dara Holt said 50 were injured.", names: []string{"Kessim Gov"}, absent: []string{"Kessim Gov"}},
		{text: "The streak is second only to Verte Dame's 44.", names: []string{"Verte Dame"}, absent: []string{"Verte Dame"}},
		// An article opens a thing's name, unless a noun of other things
		// follows that a person's name qualifies; a preposition of place
		// is followed by a place, unless the name owns what follows.
		{text: "Pilgrims filled the Sacred Heart in Dovrik.", names: []string{"Sacred Heart"}, absent: []string{"Sacred Heart"}},
		{text: "She received the Tavo Merrin Award for her work.", names: []string{"Tavo Merrin"}, absent: []string{"Tavo Merrin"}},
		{text: "Fire gutted the Kessel Dale building overnight.", names: []string{"Kessel Dale"}, absent: []string{"Kessel Dale"}},
		{text: "The quake struck 40km south-west of Bandar Kessim on Sunday.", names: []string{"Bandar Kessim"}, absent: []string{"Bandar Kessim"}},
		{text: "The actress travelled to nearby Rancho Verdal on Monday.", names: []string{"Rancho Verdal"}, absent: []string{"Rancho Verdal"}},
		{text: "Ratliff intercepted a Tavon Merrill pass in the third.", names: []string{"Tavon Merrill"}, want: []string{"Tavon Merrill=Tavon Merrill"}},
		{text: "He coached through the Dallin Marsh era in Ostrava.", names: []string{"Dallin Marsh"}, want: []string{"Dallin Marsh=Dallin Marsh"}},
		{text: "It is the second book in Maren Kolby's trilogy.", names: []string{"Maren Kolby"}, want: []string{"Maren Kolby=Maren Kolby"}},
		{text: "Luck threw the ball to Tavon Merrill in the end zone.", names: []string{"Tavon Merrill"}, want: []string{"Tavon Merrill=Tavon Merrill"}},
	})
}

// entityCase is a text, the recogniser's spans of one type in it, and
// the mentions of that kind wanted and not wanted once they are added.
type entityCase struct {
	text   string
	names  []string // the recogniser's spans, as written
	want   []string // mentions of the kind after add, "text" or "text=name"
	absent []string // no mention of the kind of these texts
}

// runEntityCases adds each case's spans to Find's mentions with add
// (Persons, Organizations) and checks the settled mentions of kind.
func runEntityCases(t *testing.T, kind string, add func(string, []Mention, []timeline.TextRange) []Mention, tests []entityCase) {
	t.Helper()
	f := NewFinder()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := docOf("d", tc.text)
			var spans []timeline.TextRange
			for _, n := range tc.names {
				at := strings.Index(tc.text, n)
				spans = append(spans, timeline.TextRange{Start: at, End: at + len(n)})
			}
			ms := add(doc.Text, f.Find(&doc), spans)
			got := map[string]bool{}
			for _, m := range ms {
				if m.Kind == kind && !m.Tentative { // Resolve settles the tentative
					got[m.Text+"="+m.Name] = true
					got[m.Text] = true
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("no %s %q in %v", kind, w, ms)
				}
			}
			for _, a := range tc.absent {
				if got[a] {
					t.Errorf("%q is a %s: %v", a, kind, ms)
				}
			}
			for k := 1; k < len(ms); k++ {
				if ms[k].Start < ms[k-1].Start {
					t.Errorf("mentions out of order: %v", ms)
				}
			}
		})
	}
}

// TestUnnamed: the sentences the recogniser reads are those with two
// capitalised words in a row that no mention but a tentative one covers.
func TestUnnamed(t *testing.T) {
	text := "Thabo Mbeki resigned. Police said so. The Interior Ministry agreed. Mr Mbeki left."
	sents := []timeline.Span{{Start: 0, End: 21}, {Start: 22, End: 37}, {Start: 38, End: 66}, {Start: 67, End: 82}}
	ms := []Mention{
		{Start: 42, End: 57, Kind: timeline.Organization}, // Interior Ministry
		{Start: 67, End: 75, Kind: timeline.Person},       // Mr Mbeki
	}
	got := Unnamed(text, sents, ms)
	if len(got) != 1 || got[0] != sents[0] {
		t.Errorf("unnamed = %v, want the first sentence alone", got)
	}
	ms = append(ms, Mention{Start: 0, End: 11, Kind: timeline.Person, Tentative: true})
	if got := Unnamed(text, sents, ms); len(got) != 1 {
		t.Errorf("a tentative mention hides its sentence: %v", got)
	}
}
