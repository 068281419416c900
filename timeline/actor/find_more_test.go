package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFindInvariants checks what every result must satisfy.
func TestFindInvariants(t *testing.T) {
	doc := docOfSpans(body("Tamsin Okoro, the US special envoy, met Petrenko in Moscow.", "Mr Okoro told CNN: “Nobody expected it.”")...)
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
	doc := timeline.Document{Text: "Advertisement by Mr Hal Brody.\nMr Okoro met him.\n"}
	doc.Sentences = []timeline.Span{{Start: 31, End: 48}}
	got := NewFinder().Find(&doc)
	if len(got) != 1 || got[0].Text != "Mr Okoro" {
		t.Fatalf("want only the kept sentence's mention, got:%s", describe(got))
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Tamsin Okoro, the US special envoy, met Petrenko in Moscow.", 0, 200)
	f.Add("Russia’s Deputy Foreign Minister, Ivan Petrenko, said U.S.-Russia talks; the Russian leader, the president", 3, 40)
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
	doc := docOfSpans(body("Tamsin Okoro, the US special envoy, met Petrenko in Moscow.", "Mr Okoro told CNN the Brody administration agreed.")...)
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
			"Speaking alongside Arno Lindqvist, the president of Belarus, Mr Petrenko said he agreed.", "Mr Petrenko", ""},
		{"the name before keeps it",
			"Speaking alongside Arno Lindqvist, the president of Belarus, Mr Petrenko said he agreed.", "Arno Lindqvist", "president of Belarus"},
		{"a phrase opening the sentence is the next name's",
			"The Kremlin spokesman, Oleg Vasko, said no.", "Oleg Vasko", "Kremlin spokesman"},
		{"a common noun's possessive is not part of the role",
			"Tamsin Okoro, the president's special envoy for the Middle East, said no.", "Tamsin Okoro", "special envoy for the Middle East"},
		{"unknown names: the phrase stays with the name before",
			"Speaking alongside Arno Lindqvist, the president of Belarus, Hedda Marrow said she agreed.", "Hedda Marrow", ""},
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
