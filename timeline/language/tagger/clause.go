package tagger

// finiteInClause reports whether a finite verb, a modal or a relative
// word stands before word i (dir -1) or after it (dir 1) in its clause,
// which ends at a comma, a semicolon, a conjunction or the sentence's end.
func (t *Tagger) finiteInClause(i, dir int) bool {
	n := len(t.cls) - 4
	for j := i + dir; j >= 0 && j < n; j += dir {
		switch t.xpos(j) {
		case ",", ":", "CC", ".":
			return false
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return true
		}
	}
	return false
}

// finiteInSubclause reports whether a finite verb, a modal or a relative
// word stands before word i (dir -1) or after it (dir 1) in its clause,
// which a subordinator opens or closes ("told investors that the exchange
// needed emergency funding" has a clause of its own after "that";
// "slapped comedian Chris Rock after Rock made a joke" ends at "after")
// as well as a comma or a conjunction does.
func (t *Tagger) finiteInSubclause(words []string, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(words); j += dir {
		switch t.xpos(j) {
		case ",", ":", "CC", ".":
			return false
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return true
		case "IN":
			if t.lowerIn(subordinators, words[j]) {
				return false
			}
		}
	}
	return false
}

// subordinators open a clause of their own.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "as": true, "because": true,
	"while": true, "since": true, "until": true, "although": true, "though": true, "if": true, "once": true, "that": true}
