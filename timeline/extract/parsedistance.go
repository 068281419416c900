package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// distanceAside mends a distance set off by commas after a noun ("the
// volcano, about 65 kilometres north of the capital, exploded"), which
// the parse reads as a second subject joined without "and", so that the
// kilometres exploded too: a measure with a direction after it says
// where the noun is, an apposition.
//
// The parse may instead hang the measure on the verb as its second
// subject: the noun before the comma, the verb's other subject, is the
// one the distance places.
func distanceAside(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if h < 0 || ws[k].UPOS != "NOUN" || k < 2 || hasRelation(ws, k, "cc") || !hasRelation(ws, k, "nummod") ||
		k+1 >= len(ws) || !directionWord(ws[k+1].Form) {
		return
	}
	switch {
	case ws[k].Deprel == "conj" && h < k && ws[h+1].Form == ",":
	case ws[k].Deprel == "nsubj" && h > k:
		n := secondSubjectBefore(ws, k, h)
		if n < 0 {
			return
		}
		ws[k].Head = n + 1
	default:
		return
	}
	ws[k].Deprel = "appos"
}

// secondSubjectBefore returns the other nominal subject of verb v, the
// last word before the comma that opens measure k's phrase, or -1.
func secondSubjectBefore(ws []language.Word, k, v int) int {
	c := k - 1
	for c > 0 && ws[c].Form != "," && under(ws, c, k) {
		c--
	}
	if c < 1 || ws[c].Form != "," {
		return -1
	}
	for n := range c {
		if ws[n].Head == v+1 && ws[n].Deprel == "nsubj" && (ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN") {
			return n
		}
	}
	return -1
}

// directionWord reports whether a word says which way a distance runs
// from a place: "north", "south-east", "off the coast", "from the capital".
func directionWord(form string) bool {
	switch f := strings.ToLower(form); f {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west", "off", "outside", "from":
		return true
	}
	return false
}
