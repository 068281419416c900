package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// thingOrPlace reports whether the words around a name the recogniser
// read as a person's, at [start, end) of text, say it is no person's. An
// article opens the name of a thing, a body or a place, not a person's
// ("the Immaculate Conception", "the Mueller Glacier", "a Primetime Emmy
// nomination"), unless a word of other things follows, which the name
// qualifies ("the Allen Iverson era", "a David Garrard pass"; but "the
// Matanuska Maid building" names a building's owner, no one, and "the
// Immaculate Conception in Mobile" is followed by no noun). A
// preposition of place is followed by a place ("near Rancho Mirage",
// "travelled to nearby Rancho Mirage", "south-west of Bandar Abbas")
// unless the name owns what follows ("in Suzanne Collins' trilogy"). Find
// reads these contexts for the names it knows; the recogniser weighs the
// name's own words, which a place shares with a person ("Bandar Abbas").
func (g *gazetteer) thingOrPlace(text string, start, end int) bool {
	if g.placeNamed(text[start:end]) {
		return true // "São Paulo's Paulista Avenue": the city, whatever the words around it
	}
	rest := text[end:]
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || strings.HasPrefix(rest, " '") || strings.HasPrefix(rest, " ’") {
		return false // a person's possessive
	}
	w, at := wordAndStart(text, start)
	switch {
	case w == "the" || w == "a" || w == "an":
		next := lowerWordAfter(rest)
		class := wn.NounClass(next)
		return class == "" || class == "artifact" || g.lexOf(next)&lStop != 0
	case placePreps[w]:
		return true
	case w == "of":
		return compass[wordBefore(text, at)] // "west of", "south-west of"
	case w == "nearby" || compass[w]:
		w, _ = wordAndStart(text, at)
		return placePreps[w] || w == "to" || w == "from"
	}
	return false
}

// wordAndStart returns the word right before byte offset at, in lower
// case as wordBefore gives it, and where it starts.
func wordAndStart(text string, at int) (string, int) {
	w := wordBefore(text, at)
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	return w, end - len(w)
}

// lowerWordAfter returns the word of lower-case letters that opens rest
// after its spaces, or "" when rest goes on otherwise (a capital, a
// mark).
func lowerWordAfter(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	k := 0
	for k < len(rest) && rest[k] >= 'a' && rest[k] <= 'z' {
		k++
	}
	return rest[:k]
}

// placeNamed reports whether name is, word for word, the name of a place
// or a state the gazetteer knows.
func (g *gazetteer) placeNamed(name string) bool {
	m := g.root
	var nd *node
	for _, t := range tokenize(nil, name, 0, len(name)) {
		if nd = m[name[t.start:t.end]]; nd == nil {
			return false
		}
		m = nd.next
	}
	return nd != nil && nd.hit != nil && nd.hit.form == formName && (nd.hit.e.kind == timeline.Place || nd.hit.e.kind == timeline.Country)
}
