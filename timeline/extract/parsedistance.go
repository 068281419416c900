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
func distanceAside(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].Deprel != "conj" || h < 0 || h >= k || ws[k].UPOS != "NOUN" || k < 2 || ws[h+1].Form != "," ||
		hasRelation(ws, k, "cc") || !hasRelation(ws, k, "nummod") {
		return
	}
	if k+1 >= len(ws) || !directionWord(ws[k+1].Form) {
		return
	}
	ws[k].Deprel = "appos"
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
