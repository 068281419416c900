package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// otherNameGoesOn reports whether a name goes on after text[:end], the
// first word of one of the document's bodies written alone: "of" and a
// capital ("Gulf of Mexico"), or a capitalised word that opens no title
// ("Gulf County"; not "Halvard CEO Anna Berg" or "Halvard Chief
// Executive Anna Berg", whose title the body qualifies), and no word of
// the body's own name ("Thermo Electron" of Thermo Electron Corp). The
// word then opens another name, no short name of the body. (A heading,
// whose every word may be capitalised, "Halvard Cuts Jobs", is left out
// by the caller.)
func (f *Finder) otherNameGoesOn(text string, end int, body string) bool {
	rest, ok := strings.CutPrefix(text[end:], " ")
	if !ok {
		return false
	}
	if features[strings.ToLower(rest[:strings.IndexAny(rest+" ", " .,;:'’")])] {
		return true // "Egypt's Suez Canal" beside the Suez Canal Authority: the waterway, named as the body is after it
	}
	if _, own, ok := strings.Cut(body, " "); ok && strings.HasPrefix(rest, own[:strings.IndexByte(own+" ", ' ')]) {
		return false
	}
	if after, ok := strings.CutPrefix(rest, "of "); ok {
		r, _ := utf8.DecodeRuneInString(after)
		return unicode.IsUpper(r)
	}
	for n := 0; n < 3; n++ {
		next := rest
		if i := strings.IndexAny(next, " .,;:'’"); i >= 0 {
			next, rest = next[:i], strings.TrimPrefix(next[i:], " ")
		}
		r, _ := utf8.DecodeRuneInString(next)
		switch lex := f.g.lexOf(next); {
		case !unicode.IsUpper(r) || allCaps(next) || lex&(lTitleHead|lSpeech) != 0:
			return n > 0 && !unicode.IsUpper(r) // "Gulf County officials"; not "Halvard Chief Executive"
		case lex&lTitleMod == 0:
			return true
		}
	}
	return false
}

// features are the nouns that end the name of a waterway or landform
// ("Suez Canal", "Hudson River"): a body named after one is another name.
var features = map[string]bool{"canal": true, "river": true, "sea": true, "strait": true, "straits": true, "gulf": true,
	"bay": true, "lake": true, "island": true, "islands": true, "mountain": true, "mountains": true, "valley": true,
	"ocean": true, "desert": true, "harbour": true, "harbor": true}

// placeOf reports whether text[start:] follows a capitalised place's
// noun and "of" ("the Port of Westhaven", "the City of Halvard"): the
// word is the town the place is named for, no short name of a body that
// opens with it ("Westhaven Dockers' Union").
func placeOf(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], " of ")
	if !ok {
		return false
	}
	noun := before[strings.LastIndexAny(before, " \n\t(\"“")+1:]
	r, _ := utf8.DecodeRuneInString(noun)
	return unicode.IsUpper(r) && (placeNouns[strings.ToLower(noun)] || ofPlaces[strings.ToLower(noun)])
}

// placeNounAfter reports whether a place's noun written in lower case
// follows text[:end] ("Westhaven port strike extended", "the Kessel
// region"): the word before it is the town, in a heading too, no short
// name of a body that opens with it.
func placeNounAfter(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " ")
	if !ok {
		return false
	}
	w := rest[:strings.IndexAny(rest+" ", " .,;:'’\n")]
	return placeNouns[w] || ofPlaces[w] || features[w]
}

// ofPlaces are the nouns of places named "X of Y" beside placeNouns:
// "Port of Westhaven", "Isle of Arran", "Borough of Kessel".
var ofPlaces = map[string]bool{"port": true, "isle": true, "borough": true, "municipality": true}
