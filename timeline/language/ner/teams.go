package ner

import (
	"slices"
	"strings"
)

// Gazetteer classes that name a place, and the words that end place names.
var (
	gazCountry = gazClass("country")
	gazCity    = gazClass("city")
	gazRegion  = gazClass("region")
	gazLocCue  = gazClass("loccue")
	gazOrg     = gazClass("org")
	gazTitle   = gazClass("title")
	gazOrgCue  = gazClass("orgcue")
)

func gazClass(name string) uint8 { return uint8(slices.Index(gazClasses, name)) }

// placeTeams labels a run of capitalised words that opens with a whole
// place name and closes on a capitalised plural as one organisation:
// "the New York Yankees", "San Diego Chargers", "the Buffalo Bills".
// Clubs and teams are named so the world over, and the words after the
// place are common nouns ("Bills", "Chargers", "Dolphins") that the model
// reads as the end of a person's name or as nothing, leaving the place
// alone ("San Diego" LOC, "Chargers" O). Left to the model are a plural
// that ends place names ("Islands", "Falls"), a people ("Texas
// Democrats"), a contest ("the Paris Olympics"), a run inside a longer
// name the model found, and a sentence in capitals or title case, where
// every word is capitalised.
func placeTeams(classes []int, ws []word, words, xpos []string) {
	for i := 0; i < len(ws); i++ {
		if ws[i].run>>3 != runBegin || ws[i].style != styleNormal {
			continue
		}
		if ws[i].initial && ws[i].lower == hashThe && i+1 < len(ws) {
			i++ // "The New York Yankees" at the start of a sentence
		}
		if !isPlace(ws[i].gaz) {
			continue
		}
		place := i + 1 // past the place name
		for place < len(ws) && ws[place].gaz == ws[i].gaz+1 {
			place++
		}
		end := place
		for end < len(ws) && ws[end].run>>3 != runNone && ws[end].run>>3 != runBegin && ws[end].run>>3 != runUnit {
			end++
		}
		inside := isInside(classes[i]) || end < len(ws) && isInside(classes[end])
		if inside || end == place || end-place > 2 || !teamPlural(&ws[end-1], words[end-1], tag(xpos, end-1)) {
			i = end - 1
			continue
		}
		for k := i; k < end; k++ {
			classes[k] = lIORG
		}
		classes[i] = lBORG
		i = end - 1
	}
}

// isPlace reports whether a word's gazetteer mark opens a place name.
func isPlace(gaz uint8) bool {
	c := gaz / 2
	return gaz%2 == 0 && (c == gazCountry || c == gazCity || c == gazRegion)
}

var hashThe = hashString("the")

// teamPlural reports whether w, the last word of a run, is a capitalised
// plural that can name a team. The tagger reads an unknown plural after a
// name as a singular name ("Chargers" NNP), so the form decides.
func teamPlural(w *word, form, xpos string) bool {
	switch xpos {
	case "NNS", "NNPS", "NNP":
	default:
		return false
	}
	if !strings.HasSuffix(form, "s") || strings.HasSuffix(form, "ss") || strings.HasSuffix(form, "us") || strings.HasSuffix(form, "is") {
		return false
	}
	return w.caps == capsInit && w.gaz/2 != gazLocCue && !lex.groups[w.lower] && !contests[strings.ToLower(form)]
}

// contests are the plurals that name an event held in a place, not a
// team: "the Paris Olympics", "the Tokyo Games".
var contests = map[string]bool{"olympics": true, "paralympics": true, "games": true, "championships": true, "awards": true}
