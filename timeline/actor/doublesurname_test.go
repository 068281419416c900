package actor

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDoubleSurnameKeepsGiven: a name the recogniser reads whole keeps
// its given name though Find read its last words as a person; the
// double surname alone later is the same person, who goes by the whole
// name, and the surname two people share is the alias of neither that
// the text never calls by it.
func TestDoubleSurnameKeepsGiven(t *testing.T) {
	text := "Hal Brody slapped comedian Tom Reyes after Reyes made a joke about the actor's wife, Jada Pinkett Brody, stunning the audience. " +
		"Reyes had joked that Pinkett Brody could star in a sequel. Brody initially appeared to laugh."
	doc := docOf("a", text)
	ms := NewFinder().Find(&doc)
	var names []timeline.TextRange
	for _, n := range []string{"Hal Brody", "Jada Pinkett Brody"} {
		i := strings.Index(text, n)
		names = append(names, timeline.TextRange{Start: i, End: i + len(n)})
	}
	ms = Persons(text, ms, names)
	jada := strings.Index(text, "Jada")
	if !slices.ContainsFunc(ms, func(m Mention) bool { return m.Start == jada && m.Text == "Jada Pinkett Brody" }) {
		t.Errorf("no mention Jada Pinkett Brody in %+v", ms)
	}
	if slices.ContainsFunc(ms, func(m Mention) bool { return m.Start > jada && m.Start < jada+len("Jada Pinkett Brody") }) {
		t.Errorf("a mention inside Jada Pinkett Brody in %+v", ms)
	}
	// Find's own person at the name's last words gives way too.
	tailAt := jada + len("Jada ")
	own := []Mention{{Start: tailAt, End: tailAt + len("Pinkett Brody"), Text: "Pinkett Brody", Name: "Pinkett Brody", Kind: timeline.Person}}
	if got := Persons(text, own, names[1:]); !slices.ContainsFunc(got, func(m Mention) bool { return m.Text == "Jada Pinkett Brody" }) {
		t.Errorf("Find's Pinkett Brody kept over the whole name: %+v", got)
	}

	person := func(s string) Mention { return Mention{Text: s, Name: s, Kind: timeline.Person} }
	actors := Resolve([][]Mention{{person("Hal Brody"), person("Jada Pinkett Brody")}, {person("Pinkett Brody"), person("Hal Brody"), person("Brody")}})
	// The bare "Brody" stays alone: it may be either.
	want := map[string][]string{"Jada Pinkett Brody": {"Pinkett Brody"}, "Hal Brody": {}, "Brody": {}}
	for _, a := range actors {
		if w, ok := want[a.Name]; !ok || !slices.Equal(a.Aliases, w) {
			t.Errorf("actor %q aliases %v, want one of %v", a.Name, a.Aliases, want)
		}
	}
}
