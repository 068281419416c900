package language

// nameOfNoun reports whether conjunct x is a name set off after the
// subject's common noun n ("The vessel, the Marisol Star, issued"): one
// thing named twice, whatever its article, since a list of subjects has
// its "and" and a name does not follow a noun of its own list bare.
func nameOfNoun(ws []Word, n, x int) bool {
	return ws[x].UPOS == "PROPN" && subjectNoun(ws, n)
}
