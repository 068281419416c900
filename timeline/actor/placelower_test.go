package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNoPlaceFromContext: a capitalised word after a preposition of
// place or motion is no place when the document also writes it in lower
// case or names a person of that surname; another name still is.
func TestNoPlaceFromContext(t *testing.T) {
	tests := []struct {
		text, word string
		place      bool
	}{
		{"She holds a degree in Chemistry. Her chemistry teacher helped.", "Chemistry", false},
		{"Vell Returns to Host the Gala\nVell will host the gala in May.", "Host", false},
		{"Coach Maurice Cheeks left on Friday. The owners had faith in Cheeks.", "Cheeks", false},
		{"The team flew to Ostravia on Monday.", "Ostravia", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			got := false
			for _, m := range ms[0] {
				if m.Text == tc.word && m.Kind == timeline.Place {
					got = true
				}
			}
			if got != tc.place {
				t.Errorf("%q a place: %v, want %v (%s)", tc.word, got, tc.place, mentionIDs(ms[0]))
			}
		})
	}
}

// TestPluralVerbAfterPreposition: a name after a preposition is no
// subject, so a plural verb after it makes no club of it ("Residents of
// Dovrik were angry"); a name that opens the clause still is one.
func TestPluralVerbAfterPreposition(t *testing.T) {
	tests := []struct{ text, word, kind string }{
		{"Residents of Dovrik were angry on Monday.", "Dovrik", ""},
		{"Families in Kelburn have asked for help.", "Kelburn", timeline.Place},
		{"Millbrook have sacked their manager.", "Millbrook", timeline.Organization},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got, ids := kindOfWord(t, tc.text, tc.word); got != tc.kind {
				t.Errorf("%q is %q, want %q (%s)", tc.word, got, tc.kind, ids)
			}
		})
	}
}

// kindOfWord returns the kind of the mention of text written word (""
// when there is none) and the ids of all its mentions, for the message.
func kindOfWord(t *testing.T, text, word string) (kind, ids string) {
	t.Helper()
	ms, _ := findAndResolve(t, []timeline.Document{docOf("a", text)})
	for _, m := range ms[0] {
		if m.Text == word {
			kind = m.Kind
		}
	}
	return kind, mentionIDs(ms[0])
}
