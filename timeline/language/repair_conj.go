package language

import "strings"

// conjOfRelative mends "an attack that killed 1,200 people and took 251
// hostages", which the parse read as the main clause's verb and a second
// verb of its own ("Israel launched an operation … and took hostages"): a
// verb after "and" or "or", with no subject and the tense of the relative
// clause's verb whose phrase ends right before the conjunction, goes on
// that clause, whose subject it shares. Not with a personal pronoun for
// object, which cannot be that subject and so is most often the
// relative's noun: "arrested a man who stabbed a woman and charged him".
func conjOfRelative(ws []Word) {
	for c := 2; c < len(ws); c++ {
		cv := ws[c]
		if cv.Deprel != "conj" || cv.UPOS != "VERB" || !finite(cv.XPOS) || hasSubject(ws, c) || pronounObject(ws, c) {
			continue
		}
		h, cc := cv.Head-1, c-1
		if h < 0 || h >= c || ws[cc].Head-1 != c || ws[cc].Deprel != "cc" ||
			ws[cc].Lemma != "and" && ws[cc].Lemma != "or" {
			continue
		}
		for v := cc - 1; v > h; v-- {
			if ws[v].Deprel == "acl:relcl" && ws[v].XPOS == cv.XPOS && relativeSubject(ws, v) &&
				phraseEnd(ws, v) == cc-1 && descends(ws, v, h) {
				ws[c].Head = v + 1
				break
			}
		}
	}
}

// relativeSubject reports whether the subject of verb v is a relative
// pronoun ("that", "which", "who").
func relativeSubject(ws []Word, v int) bool {
	for k := 0; k < v; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return strings.Contains(ws[k].Feats, "PronType=Rel")
		}
	}
	return false
}

// pronounObject reports whether verb v has a personal pronoun, not a
// reflexive one, for object.
func pronounObject(ws []Word, v int) bool {
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "obj" {
			return strings.Contains(ws[k].Feats, "PronType=Prs") && !strings.Contains(ws[k].Feats, "Reflex=Yes")
		}
	}
	return false
}
