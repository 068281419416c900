package ner

// conjoinedOrgs joins to an organisation's name the words that "and" adds
// to it: "the International Association of Machinists and Aerospace
// Workers", "the Department of Housing and Urban Development", which the
// model ends at "and", leaving the rest a place or nothing. The name must
// hold "of", the words after "and" be capitalised in a sentence in
// ordinary case, none of them a person's, and the last a word that running
// text mostly writes in lower case ("Workers", "Development", "Affairs"):
// a name of its own after "and" ("the Bank of England and Barclays")
// keeps its capitals everywhere.
func conjoinedOrgs(classes []int, ws []word, words []string) {
	for a := 2; a+1 < len(ws); a++ {
		if words[a] != "and" && words[a] != "&" || classes[a] != lO || ws[a].style != styleNormal ||
			classes[a-1] != lBORG && classes[a-1] != lIORG {
			continue
		}
		b := a - 1
		for b > 0 && classes[b] == lIORG {
			b--
		}
		of := false
		for k := b + 1; k < a-1; k++ {
			of = of || words[k] == "of"
		}
		e := a + 1
		for e < len(ws) && e-a <= 4 && ws[e].caps == capsInit && classes[e] != lBPER && classes[e] != lIPER {
			e++
		}
		if !of || e == a+1 || e < len(ws) && ws[e].caps == capsInit || ws[e-1].ratio > ratioSome {
			continue
		}
		for k := a; k < e; k++ {
			classes[k] = lIORG
		}
		a = e - 1
	}
}
