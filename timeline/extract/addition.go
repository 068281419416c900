package extract

import "strings"

// addedCounts are the words that open a count of things added: "added
// two flights", "added more stops".
var addedCounts = set("two three four five six seven eight nine ten dozens hundreds thousands millions more extra")

// addsThing reports whether the word at i, right after "added", opens
// the things added, not what a speaker added in words: "added refueling
// stops to two flights", "added 300 jobs", "added two flights"; "added
// that …", "added the talks had failed" and "added:" stay sayings.
func addsThing(toks []token, i int) bool {
	w := wordAt(toks, i)
	switch {
	case w == "":
		return false
	case isDigits(strings.NewReplacer(",", "", ".", "").Replace(w)), addedCounts[w]:
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !toks[i].has(cPrep) && !toks[i].has(cClause)
}
