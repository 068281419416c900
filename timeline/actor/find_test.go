package actor

import (
	"fmt"
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
}

func (w want) matches(m Mention) bool {
	return m.Text == w.text && (w.kind == "" || m.Kind == w.kind) && (w.name == "" || m.Name == w.name) &&
		(w.role == "" || m.Role == w.role) && (w.country == "" || m.Country == w.country) && (w.ref == "" || m.Ref == w.ref)
}

func describe(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %q kind=%s name=%q role=%q country=%s ref=%s", m.Text, m.Kind, m.Name, m.Role, m.Country, m.Ref)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		want  []want
		not   []string // surface texts that must not be mentions
	}{
		{
			name:  "gazetteer person, surname and honorific take the document's full name",
			spans: body("Steve Witkoff met reporters.", "Later Mr Witkoff and Witkoff's aide left."),
			want: []want{
				{text: "Steve Witkoff", kind: timeline.Person, ref: "steve-witkoff", country: "united-states"},
				{text: "Mr Witkoff", kind: timeline.Person, name: "Steve Witkoff", ref: "steve-witkoff"},
				{text: "Witkoff", kind: timeline.Person, name: "Steve Witkoff"},
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
			name:  "a title word before a body's name makes no person",
			spans: body("The motion passed the General Council on Monday."),
			not:   []string{"Council"},
		},
		{
			name:  "two states' office holders",
			spans: body("Witcoff expects a call between the US and Russian presidents this week."),
			want: []want{
				{text: "the US", kind: timeline.Person, ref: "donald-trump"},
				{text: "Russian presidents", kind: timeline.Person, ref: "vladimir-putin"},
			},
		},
		{
			name:  "a demonym after a prefix is no actor",
			spans: body("Anti-Russian protests grew."),
			not:   []string{"Russian", "Russia"},
		},
		{
			name:  "possessives with either apostrophe leave the ending out",
			spans: body("Trump’s envoy spoke.", "Zelenskyy's office answered."),
			want: []want{
				{text: "Trump", ref: "donald-trump", name: "Donald Trump"},
				{text: "Zelenskyy", ref: "volodymyr-zelensky"},
			},
		},
		{
			name:  "title before an unknown name gives a person and a role",
			spans: body("Deputy Foreign Minister Ivan Petrenko said the talks would go on."),
			want:  []want{{text: "Ivan Petrenko", kind: timeline.Person, role: "Deputy Foreign Minister"}},
			not:   []string{"Deputy", "Foreign", "Deputy Foreign Minister"},
		},
		{
			name:  "possessive state before a title gives the country and its adjective",
			spans: body("However, Ruritania’s partner, Russia’s Deputy Foreign Minister, Ivan Petrenko, spoke."),
			want:  []want{{text: "Ivan Petrenko", role: "Russian Deputy Foreign Minister", country: "russia"}},
		},
		{
			name:  "apposition after a name",
			spans: body("Mike Waltz, the US national security adviser, told ABC that it was hard."),
			want: []want{
				{text: "Mike Waltz", role: "US national security adviser", ref: "mike-waltz"},
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
			spans: body("The European Union’s foreign policy chief, Kaja Kallas, argued otherwise."),
			want:  []want{{text: "Kaja Kallas", role: "EU foreign policy chief", ref: "kaja-kallas"}},
		},
		{
			name:  "apposition before a name, possessive person",
			spans: body("Trump’s national security adviser, Mike Waltz, has confirmed it."),
			want:  []want{{text: "Mike Waltz", role: "national security adviser", country: "united-states"}},
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
			name:  "known given name",
			spans: body("Thomas Graham travelled to Moscow last month.", "Graham added that nothing had changed."),
			want: []want{
				{text: "Thomas Graham", kind: timeline.Person, ref: ""},
				{text: "Graham", kind: timeline.Person, name: "Thomas Graham"},
				{text: "Moscow", kind: timeline.Place},
			},
		},
		{
			name:  "a surname the document gives another person's full name keeps the document's person",
			spans: body("Thomas Graham spoke first.", "Graham added that nothing had changed."),
			want:  []want{{text: "Graham", name: "Thomas Graham", ref: ""}},
		},
		{
			name:  "a lone misspelt known surname beside a verb of saying",
			spans: body("Witcoff said the meeting went well.", "Officials said nothing."),
			want:  []want{{text: "Witcoff", kind: timeline.Person, name: "Witcoff", ref: ""}},
			not:   []string{"Officials"},
		},
		{
			name:  "honorific alone makes an unknown surname a person",
			spans: body("Mr Fennimore declined to comment."),
			want:  []want{{text: "Mr Fennimore", kind: timeline.Person, name: "Fennimore"}},
		},
		{
			name:  "Kremlin and White House stand for the presidencies",
			spans: body("The Kremlin declined to comment.", "The White House and the White Home said so."),
			want: []want{
				{text: "Kremlin", kind: timeline.Organization, ref: "russian-presidency", country: "russia"},
				{text: "White House", ref: "us-presidency", country: "united-states"},
				{text: "White Home", ref: "us-presidency"},
			},
		},
		{
			name: "capitals: government when political, place when located",
			spans: body("Moscow demands guarantees.", "He met Putin in Moscow.", "She travelled to Kyiv.",
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
		{
			name:  "demonyms before group nouns are groups of the country",
			spans: body("Russian officials met Ukrainian forces and U.S. officials.", "One Russian official spoke; Russian troops moved."),
			want: []want{
				{text: "Russian officials", kind: timeline.Group, ref: "russian-officials", name: "Russian officials", country: "russia"},
				{text: "Ukrainian forces", kind: timeline.Group, ref: "ukrainian-forces", country: "ukraine"},
				{text: "U.S. officials", kind: timeline.Group, ref: "us-officials", name: "US officials"},
				{text: "Russian official", ref: "russian-officials"},
				{text: "Russian troops", ref: "russian-forces"},
			},
		},
		{
			name:  "coordinated demonyms share the group noun",
			spans: body("American and Russian negotiators met in Riyadh."),
			want: []want{
				{text: "American", kind: timeline.Group, ref: "us-officials", country: "united-states"},
				{text: "Russian negotiators", kind: timeline.Group, ref: "russian-officials"},
				{text: "Riyadh", kind: timeline.Place},
			},
		},
		{
			name:  "a gazetteer surname that is also a given name yields to the full name",
			spans: body("Kim Hollander said the talks would resume.", "Kim Jong Un said nothing."),
			want:  []want{{text: "Kim Hollander", kind: timeline.Person, ref: ""}, {text: "Kim Jong Un", ref: "kim-jong-un"}},
		},
		{
			name:  "a demonym alone is not an actor",
			spans: body("The area is under Russian control and Ukrainian soil is contested."),
			not:   []string{"Russian", "Ukrainian", "The"},
		},
		{
			name:  "the leader of a state with one such office",
			spans: body("Witkoff said the Russian leader accepted it.", "He met the French president, Emmanuel Macron."),
			want: []want{
				{text: "the Russian leader", kind: timeline.Person, ref: "vladimir-putin"},
				{text: "the French president", ref: "emmanuel-macron"},
				{text: "Emmanuel Macron", role: "French president"},
			},
		},
		{
			name: "titles with qualifiers",
			spans: body("US Defense Secretary Pete Hegseth spoke.", "Kremlin spokesman Peskov said so.", "NATO’s Secretary-General Mark Rutte said it.", "U.S. envoy Steve Witkoff flew.",
				"Former British Prime Minister Boris Johnson wrote."),
			want: []want{
				{text: "Pete Hegseth", role: "US Defense Secretary"},
				{text: "Peskov", role: "Kremlin spokesman", ref: "dmitry-peskov"},
				{text: "Mark Rutte", role: "NATO Secretary-General"},
				{text: "Steve Witkoff", role: "US envoy"},
				{text: "Boris Johnson", role: "former British Prime Minister", country: "united-kingdom"},
				{text: "US", kind: timeline.Country},
			},
		},
		{
			name:  "spelling variants of the gazetteer",
			spans: body("Zelenskiy spoke to Volodymyr Zelenskyy's aides and President Zelensky."),
			want: []want{
				{text: "Zelenskiy", ref: "volodymyr-zelensky"},
				{text: "Volodymyr Zelenskyy", ref: "volodymyr-zelensky"},
				{text: "Zelensky", ref: "volodymyr-zelensky", role: "President"},
			},
		},
		{
			name:  "hyphenated states",
			spans: body("U.S.-Russia talks resumed."),
			want:  []want{{text: "U.S.", ref: "united-states"}, {text: "Russia", ref: "russia"}},
		},
		{
			name:  "capitalised organisations are not people",
			spans: body("“It is a crime,” said Human Rights Watch.", "Amnesty International said the strike was unlawful."),
			want:  []want{{text: "Amnesty International", kind: timeline.Organization}},
			not:   []string{"Human Rights", "Human Rights Watch"},
		},
		{
			name:  "organisation named by an apposition",
			spans: body("According to Deep Tally, a Ukrainian open-source analysis group, the front moved."),
			want:  []want{{text: "Deep Tally", kind: timeline.Organization}},
		},
		{
			name: "page noise, headings and credits give no actors",
			spans: []span{
				{"Advertisement", timeline.Body}, {"Home", timeline.Body}, {"Must Read", timeline.Body},
				{"Source link", timeline.Body}, {"LEAVE A REPLY", timeline.Body}, {"16,985FansLike", timeline.Body},
				{"THE TIMES", timeline.Body}, {"Stay Connected", timeline.Body}, {"Related News", timeline.Body},
				{"Yeah, he will settle for that.", timeline.Body}, {"However, Monday came.", timeline.Body},
				{"Ceasefire and Potential Territorial Concessions", timeline.Heading},
				{"Peace Talks Set to Focus on Territorial Concessions", timeline.Heading},
				{"By John Smith", timeline.Body},
				{"Leaders shake hands in Osaka. REUTERS/Kevin Lamarque/File Photo", timeline.Caption},
				{"Join the conversation, you are commenting as Logout", timeline.Body},
				{"Please enter your name here", timeline.Body},
			},
			not: []string{"Advertisement", "Home", "Must Read", "Source", "LEAVE A REPLY", "FansLike", "THE TIMES", "Stay Connected",
				"Related News", "Yeah", "However", "Monday", "Ceasefire", "Potential Territorial Concessions", "Peace Talks",
				"John Smith", "Kevin Lamarque", "REUTERS", "Logout", "Please"},
			want: []want{{text: "Osaka", kind: timeline.Place}},
		},
		{
			name:  "a heading gives known names only",
			spans: []span{{"Trump to Discuss Ceasefire with Putin and Arlo Venn", timeline.Heading}, {"Trump and Putin Speak by Phone", timeline.Heading}},
			want:  []want{{text: "Trump", ref: "donald-trump"}, {text: "Putin", ref: "vladimir-putin"}},
			not:   []string{"Arlo Venn", "Discuss", "Ceasefire"},
		},
	}
	f := NewFinder()
	for _, tt := range tests {
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
				for _, n := range tt.not {
					if m.Text == n || strings.Contains(m.Name, n) {
						t.Errorf("unwanted mention %q (name %q)", m.Text, m.Name)
					}
				}
			}
		})
	}
}

// TestFindInvariants checks what every result must satisfy.
func TestFindInvariants(t *testing.T) {
	doc := docOfSpans(body("Steve Witkoff, the US special envoy, met Putin in Moscow.", "Mr Witkoff told CNN: “Nobody expected it.”")...)
	doc.Sentences = append(doc.Sentences, timeline.Span{Start: -5, End: 3}, timeline.Span{Start: 10, End: 1 << 30})
	checkMentions(t, &doc, NewFinder().Find(&doc))
}

func checkMentions(t *testing.T, doc *timeline.Document, ms []Mention) {
	t.Helper()
	for i, m := range ms {
		if m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
			t.Fatalf("mention %d: bad span [%d,%d)", i, m.Start, m.End)
		}
		if doc.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %d: text %q, span holds %q", i, m.Text, doc.Text[m.Start:m.End])
		}
		if i > 0 && ms[i-1].Start > m.Start {
			t.Errorf("mentions not sorted at %d", i)
		}
		switch m.Kind {
		case timeline.Person, timeline.Organization, timeline.Country, timeline.Place, timeline.Group:
		default:
			t.Errorf("mention %q: kind %q", m.Text, m.Kind)
		}
		if m.Name == "" {
			t.Errorf("mention %q: empty name", m.Text)
		}
	}
}

func TestFindOnlyKeptSentences(t *testing.T) {
	doc := timeline.Document{Text: "Advertisement by Vladimir Putin.\nSteve Witkoff met him.\n"}
	doc.Sentences = []timeline.Span{{Start: 33, End: 55}}
	got := NewFinder().Find(&doc)
	if len(got) != 1 || got[0].Text != "Steve Witkoff" {
		t.Fatalf("want only the kept sentence's mention, got:%s", describe(got))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Steve Witkoff, the US special envoy, met Putin in Moscow.", 0, 200)
	f.Add("Russia’s Deputy Foreign Minister, Alexander Grushko, said U.S.-Russia talks", 3, 40)
	f.Add("Mr. O’Brien’s, 23, — “Kyiv's”", 0, 30)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		doc := timeline.Document{Text: text}
		doc.Sentences = []timeline.Span{{Start: a, End: b}, {Start: 0, End: len(text)}}
		ms := NewFinder().Find(&doc)
		for _, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v", m)
			}
		}
		Resolve([][]Mention{ms, ms})
	})
}

// TestFindConcurrent runs one Finder from several goroutines; with -race it
// checks that the pooled working memory is not shared.
func TestFindConcurrent(t *testing.T) {
	f := NewFinder()
	doc := docOfSpans(body("Steve Witkoff, the US special envoy, met Putin in Moscow.", "Mr Witkoff told CNN it went well.")...)
	want := describe(f.Find(&doc))
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			d := doc
			got := ""
			for i := 0; i < 50; i++ {
				got = describe(f.Find(&d))
				if got != want {
					break
				}
			}
			errs <- got
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-errs; got != want {
			t.Errorf("concurrent Find gave%s\nwant%s", got, want)
		}
	}
}

// TestAppositionOwner checks that a role phrase goes to the name it is
// written beside, and never to a known official of another state.
func TestAppositionOwner(t *testing.T) {
	tests := []struct {
		name, text string
		mention    string // the mention whose role is checked
		role       string // "" for none
	}{
		{"phrase after a name and its comma is that name's",
			"Speaking alongside Alexander Lukashenko, the president of Belarus, Putin said he agreed.", "Putin", ""},
		{"the name before keeps it",
			"Speaking alongside Alexander Lukashenko, the president of Belarus, Putin said he agreed.", "Alexander Lukashenko", "president of Belarus"},
		{"a phrase opening the sentence is the next name's",
			"The Kremlin spokesman, Dmitry Peskov, said no.", "Dmitry Peskov", "Kremlin spokesman"},
		{"a common noun's possessive is not part of the role",
			"Steve Witkoff, the president's special envoy for the Middle East, said no.", "Steve Witkoff", "special envoy for the Middle East"},
		{"unknown names: the phrase stays with the name before",
			"Speaking alongside Arno Lindqvist, the president of Belarus, Hedda Marrow said she agreed.", "Hedda Marrow", ""},
		{"a role of another state is not a known official's",
			"Belarusian President Vladimir Putin said no.", "Vladimir Putin", ""},
	}
	f := NewFinder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOfSpans(body(tt.text)...)
			got := f.Find(&doc)
			for _, m := range got {
				if m.Text == tt.mention {
					if m.Role != tt.role {
						t.Errorf("%s has role %q, want %q:%s", m.Text, m.Role, tt.role, describe(got))
					}
					return
				}
			}
			t.Errorf("no mention %q:%s", tt.mention, describe(got))
		})
	}
}
