package language

import "strings"

// relativeByNumber mends a relative clause after "X of Y" that the parse
// hung on the noun its verb does not agree with: "filed motions of no
// confidence, which are expected to be debated" had the confidence
// expected, "met the heads of the agency, who were appointed" the agency
// appointed. The pronoun takes the number of the noun it stands for, so a
// clause whose verb is singular ("is", "has", "says") or plural ("are",
// "were", "have") goes on whichever of the two nouns agrees with it, when
// only one does.
func relativeByNumber(ws []Word) {
	for v := 2; v < len(ws); v++ {
		if ws[v].Deprel != "acl:relcl" {
			continue
		}
		h := ws[v].Head - 1
		if h < 0 || h >= v || relPronounSubject(ws, v) < 0 {
			continue
		}
		x, y := ofPair(ws, h)
		if x < 0 {
			continue
		}
		num := clauseNumber(ws, v)
		if num == "" {
			continue
		}
		switch {
		case h == y && nounNumber(ws[y]) != num && nounNumber(ws[x]) == num:
			ws[v].Head = x + 1
		case h == x && nounNumber(ws[x]) != num && nounNumber(ws[y]) == num:
			ws[v].Head = y + 1
		}
	}
}

// relPronounSubject returns the relative pronoun ("who", "which", "that")
// that is the subject of clause v, or -1.
func relPronounSubject(ws []Word, v int) int {
	for k := range v {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			if lowerIn(relativeWords, ws[k].Form) {
				return k
			}
			return -1
		}
	}
	return -1
}

// ofPair returns the common nouns x and y of "x of y" that noun h is one
// of, y ending right before the clause's comma; or -1, -1.
func ofPair(ws []Word, h int) (x, y int) {
	// A name's form does not tell its number ("National Public
	// Relations, which is working for the family"): common nouns only.
	nounish := func(k int) bool { return ws[k].UPOS == "NOUN" }
	if !nounish(h) {
		return -1, -1
	}
	if g := ws[h].Head - 1; ws[h].Deprel == "nmod" && g >= 0 && g < h && nounish(g) && hasChildForm(ws, h, "case", "of") {
		x, y = g, h
	} else {
		y = -1
		for k := h + 1; k < len(ws); k++ {
			if ws[k].Head-1 == h && ws[k].Deprel == "nmod" && nounish(k) && hasChildForm(ws, k, "case", "of") {
				y = k
				break
			}
		}
		if y < 0 {
			return -1, -1
		}
		x = h
	}
	if y+1 >= len(ws) || ws[y+1].Form != "," {
		return -1, -1
	}
	return x, y
}

// clauseNumber returns "Sing" or "Plur" as the finite verb or auxiliary
// of clause v shows it, or "" when it does not ("said", "will").
func clauseNumber(ws []Word, v int) string {
	for k := range v + 1 {
		if k != v && (ws[k].Head-1 != v || ws[k].Deprel != "aux" && ws[k].Deprel != "aux:pass" && ws[k].Deprel != "cop") {
			continue
		}
		switch {
		case lowerIn(singularForms, ws[k].Form):
			return "Sing"
		case lowerIn(pluralForms, ws[k].Form):
			return "Plur"
		}
		switch ws[k].XPOS {
		case "VBZ":
			return "Sing"
		case "VBP":
			return "Plur"
		case "MD", "VBD":
			return ""
		}
	}
	return ""
}

var (
	relativeWords = map[string]bool{"who": true, "which": true, "that": true}
	singularForms = map[string]bool{"is": true, "was": true, "has": true, "does": true}
	pluralForms   = map[string]bool{"are": true, "were": true, "have": true, "do": true}
)

// nounNumber returns a noun's number from its features, "" when unmarked.
func nounNumber(w Word) string {
	switch {
	case strings.Contains(w.Feats, "Number=Sing"):
		return "Sing"
	case strings.Contains(w.Feats, "Number=Plur"):
		return "Plur"
	}
	return ""
}
