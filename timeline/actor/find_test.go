package actor

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// span is one sentence of a hand-built document.
type span struct {
	text string
	kind timeline.SpanKind
}

// docOfSpans joins sentences with newlines into a Document with one span
// each.
func docOfSpans(spans ...span) timeline.Document {
	var b strings.Builder
	doc := timeline.Document{ID: "t"}
	for _, s := range spans {
		start := b.Len()
		b.WriteString(s.text)
		doc.Sentences = append(doc.Sentences, timeline.Span{Start: start, End: b.Len(), Kind: s.kind})
		b.WriteByte('\n')
	}
	doc.Text = b.String()
	return doc
}

func body(texts ...string) []span {
	out := make([]span, len(texts))
	for i, t := range texts {
		out[i] = span{t, timeline.Body}
	}
	return out
}

// want is an expected mention: fields left empty are not checked.
type want struct {
	text, kind, name, role, country, ref string
	noCountry                            bool // the country must be empty
	noRole                               bool // the role must be empty
}

func (w want) matches(m Mention) bool {
	return m.Text == w.text && (w.kind == "" || m.Kind == w.kind) && (w.name == "" || m.Name == w.name) &&
		(w.role == "" || m.Role == w.role) && (!w.noRole || m.Role == "") && (w.country == "" || m.Country == w.country) && (w.ref == "" || m.Ref == w.ref) &&
		(!w.noCountry || m.Country == "")
}

func describe(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %q kind=%s name=%q role=%q country=%s ref=%s", m.Text, m.Kind, m.Name, m.Role, m.Country, m.Ref)
	}
	return b.String()
}

// findCase is a text to find actors in, what must be found and what not.
type findCase struct {
	name  string
	spans []span
	want  []want
	not   []string // surface texts that must not be mentions
}

// findCases are TestFind's first rows (findCasesMore holds the rest).
var findCases = []findCase{
	{
		name:  "a full name, its surname and honorific are one person with the apposition's role",
		spans: body("Tamsin Okoro, the US special envoy, met reporters.", "Later Mr Okoro and Okoro's aide left."),
		want: []want{
			{text: "Tamsin Okoro", kind: timeline.Person, role: "US special envoy", country: "united-states"},
			{text: "Mr Okoro", kind: timeline.Person, name: "Tamsin Okoro", country: "united-states"},
			{text: "Okoro", kind: timeline.Person, name: "Tamsin Okoro"},
		},
	},
	{
		name:  "a demonym beside a state in a hyphenated word is a state",
		spans: body("The first round of US-Russian talks ended."),
		want: []want{
			{text: "US", kind: timeline.Country, ref: "united-states"},
			{text: "Russian", kind: timeline.Country, ref: "russia"},
		},
	},
	{
		name:  "a title word before a body's name makes a body, not a person",
		spans: body("The motion passed the General Council on Monday."),
		want:  []want{{text: "General Council", kind: timeline.Organization}},
	},
	{
		name: "organisations from the shape of their names",
		spans: body("The Northern Development Bank said it would lend more.", "They asked the Kastrel District Court to rule.",
			"The relief agency Open Hands flew in tents.", "Foreign Ministry spokeswoman Ilse Varga said no.",
			"The tower was built by Halvard Construction.", "Prosecutors say Halvard cut corners."),
		want: []want{
			{text: "Northern Development Bank", kind: timeline.Organization},
			{text: "Kastrel District Court", kind: timeline.Organization},
			{text: "Open Hands", kind: timeline.Organization},
			{text: "Halvard Construction", kind: timeline.Organization},
			{text: "Halvard", kind: timeline.Organization, name: "Halvard Construction"},
			{text: "Ilse Varga", kind: timeline.Person, role: "Foreign Ministry spokeswoman"},
		},
	},
	{
		name:  "a company named in the possessive is still called by its first word; plural heads end company names",
		spans: body("The commission opened an inquiry into Norvik Foods' planned takeover of Baltmar Brands.", "Norvik said it would cooperate."),
		want: []want{
			{text: "Norvik Foods", kind: timeline.Organization},
			{text: "Baltmar Brands", kind: timeline.Organization},
			{text: "Norvik", kind: timeline.Organization, name: "Norvik Foods"},
		},
	},
	{
		name: "organisations named as news names them",
		spans: body("The Rail and Transport Union said its members would walk out.", "The plane was operated by regional carrier SkyLink.",
			"Insurer Calder Mutual said it would not pay.", "A group calling itself Black Lantern claimed the attack.",
			"Millbrook have sacked their manager.", "Harbor City have sacked their coach."),
		want: []want{
			{text: "Rail and Transport Union", kind: timeline.Organization},
			{text: "SkyLink", kind: timeline.Organization},
			{text: "Calder Mutual", kind: timeline.Organization},
			{text: "Black Lantern", kind: timeline.Organization},
			{text: "Millbrook", kind: timeline.Organization},
			{text: "Harbor City", kind: timeline.Organization},
		},
	},
	{
		name:  "a company's stock under its first word is the company's",
		spans: body("Velmont Motors is recalling 800,000 cars.", "Velmont shares fell 3 percent."),
		want: []want{
			{text: "Velmont Motors", kind: timeline.Organization},
			{text: "Velmont", kind: timeline.Organization, name: "Velmont Motors"},
		},
	},
	{
		name: "a state the gazetteer lacks, from what only a state has",
		spans: body("The ministry summoned Aldria's ambassador to protest against a violation of Norvian sovereignty.",
			"Norvia expelled three diplomats."),
		want: []want{
			{text: "Aldria", kind: timeline.Country},
			{text: "Norvian", kind: timeline.Country, name: "Norvia"},
			{text: "Norvia", kind: timeline.Country},
		},
	},
	{
		name:  "a person in apposition to the head of a body",
		spans: body("The head of the national accident investigation board, Mirela Stan, said the recorders were sent abroad."),
		want:  []want{{text: "Mirela Stan", kind: timeline.Person, role: "head of the national accident investigation board"}},
	},
	{
		name:  "a place before a verb of saying is no speaker",
		spans: body("Health officials in Dalbury confirmed 40 cases on Wednesday."),
		want:  []want{{text: "Dalbury", kind: timeline.Place}},
	},
	{
		name: "companies from their stock and from an apposition",
		spans: body("Telvora, Europe's largest mobile operator, agreed to buy rival Nordline.", "Nordline shares jumped 31%.",
			"Nordline rejected a lower offer."),
		want: []want{
			{text: "Telvora", kind: timeline.Organization},
			{text: "Nordline", kind: timeline.Organization},
			{text: "Nordline", kind: timeline.Organization},
			{text: "Nordline", kind: timeline.Organization},
			{text: "Europe", kind: timeline.Place, ref: "europe"},
		},
	},
	{
		name:  "two states' office holders, from the roles the document gives",
		spans: body("Russian President Ivan Petrenko spoke to US President Hal Brody.", "Vell expects a call between the US and Russian presidents this week."),
		want: []want{
			{text: "the US", kind: timeline.Person, name: "Hal Brody", country: "united-states"},
			{text: "Russian presidents", kind: timeline.Person, name: "Ivan Petrenko", country: "russia"},
		},
	},
	{
		name:  "a demonym after a prefix is no actor",
		spans: body("Anti-Russian protests grew."),
		not:   []string{"Russian", "Russia"},
	},
	{
		name:  "a possessive only a person has makes a person, with either apostrophe",
		spans: body("Marrow’s envoy spoke.", "Marrow's office answered."),
		want:  []want{{text: "Marrow", kind: timeline.Person, name: "Marrow"}},
	},
	{
		name:  "a title and the state after the name",
		spans: body("Chancellor Anke Roth of Germany met reporters."),
		want:  []want{{text: "Anke Roth", kind: timeline.Person, role: "Chancellor of Germany", country: "germany"}},
	},
	{
		name:  "title before an unknown name gives a person and a role",
		spans: body("Deputy Foreign Minister Ivan Petrenko said the talks would go on."),
		want:  []want{{text: "Ivan Petrenko", kind: timeline.Person, role: "Deputy Foreign Minister"}},
		not:   []string{"Deputy", "Foreign", "Deputy Foreign Minister"},
	},
	{
		name:  "officers of local government and the courts are titles too",
		spans: body("Sheriff Lena Ostrow said two men escaped. Warden Ivo Brandt and Coroner Mira Kade confirmed it."),
		want: []want{
			{text: "Lena Ostrow", kind: timeline.Person, role: "Sheriff"},
			{text: "Ivo Brandt", kind: timeline.Person, role: "Warden"},
			{text: "Mira Kade", kind: timeline.Person, role: "Coroner"},
		},
		not: []string{"Sheriff Lena Ostrow", "Warden Ivo Brandt"},
	},
	{
		name:  "possessive state before a title gives the country and its adjective",
		spans: body("However, Ruritania’s partner, Russia’s Deputy Foreign Minister, Ivan Petrenko, spoke."),
		want:  []want{{text: "Ivan Petrenko", role: "Russian Deputy Foreign Minister", country: "russia"}},
	},
	{
		name:  "possessive state before a name gives its country",
		spans: body("Talks with Russia’s Ivan Petrenko went on."),
		want:  []want{{text: "Ivan Petrenko", kind: timeline.Person, country: "russia"}},
	},
	{
		name:  "apposition after a name",
		spans: body("Dorrit Falk, the US national security adviser, told ABC that it was hard."),
		want: []want{
			{text: "Dorrit Falk", role: "US national security adviser", country: "united-states"},
			{text: "ABC", kind: timeline.Organization},
		},
	},
	{
		name:  "apposition gives an unknown person a role and a country",
		spans: body("Brannock Vell, a former White House adviser on Russia who visited Moscow, said it was clear."),
		want: []want{
			{text: "Brannock Vell", kind: timeline.Person, role: "former White House adviser on Russia", country: "united-states"},
			{text: "Moscow", kind: timeline.Place, ref: "moscow"},
		},
	},
	{
		name:  "apposition before a name, possessive body",
		spans: body("The European Union’s foreign policy chief, Ilse Varga, argued otherwise."),
		want:  []want{{text: "Ilse Varga", role: "EU foreign policy chief", country: "european-union"}},
	},
	{
		name:  "apposition before a name, possessive person",
		spans: body("Okafor’s national security adviser, Dorrit Falk, has confirmed it."),
		want:  []want{{text: "Dorrit Falk", kind: timeline.Person, role: "national security adviser"}},
	},
	{
		name:  "age apposition",
		spans: body("Quillon Dray, 41, standing near the square, said he was tired."),
		want:  []want{{text: "Quillon Dray", kind: timeline.Person}},
	},
	{
		name:  "verb of saying beside a two-word name",
		spans: body("“It is late,” said Ormond Pike on Tuesday.", "Ysolde Marrak told reporters it was over."),
		want:  []want{{text: "Ormond Pike", kind: timeline.Person}, {text: "Ysolde Marrak", kind: timeline.Person}},
	},
	{
		name:  "known given name, and the surname alone later",
		spans: body("Thomas Garrow travelled to Moscow last month.", "Garrow added that nothing had changed."),
		want: []want{
			{text: "Thomas Garrow", kind: timeline.Person},
			{text: "Garrow", kind: timeline.Person, name: "Thomas Garrow"},
			{text: "Moscow", kind: timeline.Place},
		},
	},
	{
		name: "a surname alone beside a verb of saying is a person; a common noun is not",
		spans: body("Vennock said the meeting went well.", "Officials said nothing.", "Analysts said the talks would resume.", "Critics told reporters it was over.",
			"In the capital, Democrats said they would vote no.", "The statement was issued in English.",
			"Forecasters warned that the river would rise.", "Shareholders said the offer was too low."),
		want: []want{{text: "Vennock", kind: timeline.Person, name: "Vennock"}},
		not:  []string{"Officials", "Analysts", "Critics", "Democrats", "English", "Forecasters"},
	},
	{
		name:  "a sentence-opening word the text also writes in lower case is no name",
		spans: body("Hundreds said they would stay.", "The hundreds who stayed were tired."),
		not:   []string{"Hundreds"},
	},
	{
		name:  "a given name before a surname the document knows joins it",
		spans: body("Marit Solvang arrived on Monday.", "Solvang said it was late."),
		want: []want{
			{text: "Marit Solvang", kind: timeline.Person, name: "Marit Solvang"},
			{text: "Solvang", kind: timeline.Person, name: "Marit Solvang"},
		},
	},
	{
		name:  "names joined to a marked person are persons",
		spans: body("Vell and President Hal Brody spoke.", "Mr Kask and Orrin met later."),
		want: []want{
			{text: "Vell", kind: timeline.Person},
			{text: "Orrin", kind: timeline.Person},
		},
	},
	{
		name:  "honorific alone makes an unknown surname a person",
		spans: body("Mr Fennimore declined to comment."),
		want:  []want{{text: "Mr Fennimore", kind: timeline.Person, name: "Fennimore"}},
	},
	{
		name:  "Kremlin and White House stand for the presidencies",
		spans: body("The Kremlin declined to comment.", "The White House said so."),
		want: []want{
			{text: "Kremlin", kind: timeline.Organization, ref: "russian-presidency", country: "russia"},
			{text: "White House", ref: "us-presidency", country: "united-states"},
		},
	},
	{
		name: "capitals: government when political, place when located",
		spans: body("Moscow demands guarantees.", "He met Petrenko in Moscow.", "She travelled to Kyiv.",
			"That is unacceptable to Washington.", "Kyiv's neutrality matters.", "Reporters in downtown Kyiv waited.",
			"Officials in Paris and London declined to comment."),
		want: []want{
			{text: "Moscow", kind: timeline.Organization, ref: "russian-government", name: "Russian government", country: "russia"},
			{text: "Moscow", kind: timeline.Place, ref: "moscow"},
			{text: "Kyiv", kind: timeline.Place, ref: "kyiv"},
			{text: "Washington", kind: timeline.Organization, ref: "us-government"},
			{text: "Kyiv", kind: timeline.Organization, ref: "ukrainian-government"},
			{text: "London", kind: timeline.Place, ref: "london"},
		},
	},
}

func TestFind(t *testing.T) {
	f := NewFinder()
	for _, tt := range slices.Concat(findCases, findCasesMore) {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOfSpans(tt.spans...)
			got := f.Find(&doc)
			for _, w := range tt.want {
				found := false
				for _, m := range got {
					found = found || w.matches(m)
				}
				if !found {
					t.Errorf("no mention %+v in:%s", w, describe(got))
				}
			}
			for _, m := range got {
				if m.Tentative {
					continue // only another document can confirm it (see TestTentative)
				}
				for _, n := range tt.not {
					if m.Text == n || strings.Contains(m.Name, n) {
						t.Errorf("unwanted mention %q (name %q)", m.Text, m.Name)
					}
				}
			}
		})
	}
}

// An office held in a place named in the possessive is its holder's, as
// "the mayor" is.
func TestPossessedOffice(t *testing.T) {
	doc := docOfSpans(body("Mayor Grace Okafor appealed for calm on Sunday.", "Halden's mayor ordered a curfew on Monday.")...)
	ms := NewFinder().Find(&doc)
	Resolve([][]Mention{ms})
	for _, m := range ms {
		if m.Text == "mayor" {
			if m.ID != "grace-okafor" {
				t.Errorf("the mayor is %q, want grace-okafor:%s", m.ID, describe(ms))
			}
			return
		}
	}
	t.Errorf("no mention of the mayor:%s", describe(ms))
}
