package language

import "strings"

// mainAfterRelative mends a sentence whose main verb the parse hung inside
// the relative clause of its subject, leaving the subject the root: "The
// death toll from the storm that flooded Kestrel Bay rose to 40" had rose
// a complement of flooded with Bay its subject; "The storm that flooded
// the valley killed three people" had killed an xcomp of flooded. When
// the root is a noun and a finite verb with no mark or conjunction of its
// own hangs on a relative clause in the noun's phrase, after it, that verb
// is the sentence's and the noun its subject; a subject the parse gave it
// inside the relative clause is the clause verb's object when it has none.
func mainAfterRelative(ws []Word) {
	n := rootOf(ws)
	if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	for r := n + 1; r < len(ws); r++ {
		if ws[r].Deprel != "acl:relcl" || ws[r].Head-1 != n && !descends(ws, ws[r].Head-1, n) || !relativeSubject(ws, r) {
			continue
		}
		for m := r + 1; m < len(ws); m++ {
			if ws[m].Head-1 != r || !finite(ws[m].XPOS) || ws[m].UPOS != "VERB" || hasDependent(ws, m, "cc") {
				continue
			}
			s := subjectBetween(ws, m, r)
			if t := timeMarked(ws, m, s); t >= 0 {
				// "that struck Morocco on Sunday rose" had "on" the mark
				// of rose and Sunday its subject: the day is the
				// clause's.
				ws[t].Head, ws[t].Deprel, ws[t].UPOS, ws[t].XPOS = s+1, "case", "ADP", "IN"
				ws[s].Head, ws[s].Deprel = r+1, "obl"
				s = -1
			}
			if hasDependent(ws, m, "mark") {
				continue
			}
			switch ws[m].Deprel {
			case "ccomp", "xcomp", "parataxis", "conj", "advcl":
			default:
				continue
			}
			if s >= 0 {
				if hasDependent(ws, r, "obj") {
					return
				}
				ws[s].Head, ws[s].Deprel = r+1, "obj"
			}
			ws[m].Head, ws[m].Deprel = 0, "root"
			ws[n].Head, ws[n].Deprel = m+1, "nsubj"
			if hasDependent(ws, m, "aux:pass") {
				ws[n].Deprel = "nsubj:pass"
			}
			for k := m + 1; k < len(ws); k++ {
				if ws[k].Head-1 == n && ws[k].Deprel == "punct" {
					ws[k].Head = m + 1
				}
			}
			return
		}
	}
}

// timeMarked returns the mark of verb m right before its subject s when s
// names a time ("on Sunday"), or -1.
func timeMarked(ws []Word, m, s int) int {
	if s < 1 || ws[s-1].Head-1 != m || ws[s-1].Deprel != "mark" || ws[s-1].UPOS != "ADP" || !dayWord(ws[s].Form) && !isTimeNoun(ws[s]) {
		return -1
	}
	return s - 1
}

// openingParticiple mends a sentence that a participle's clause opens,
// which the parse read as the verb's clausal subject with the real subject
// a conjunct inside it: "Opening the summit in Ostburg, Anna Berg thanked
// the medics" had Anna a second Ostburg and the opening what thanked.
// When a gerund that opens the sentence is a verb's clausal subject (or
// already its adverbial, "Opening the fair in Ostburg, Eva Falk praised"
// keeping Eva a conjunct) and
// the noun right after the first comma is a conjunct inside its clause,
// with its phrase ending right before the verb and the verb no subject of
// its own, the noun is the verb's subject and the clause its adverbial.
func openingParticiple(ws []Word) {
	if len(ws) < 5 || ws[0].XPOS != "VBG" || ws[0].Deprel != "csubj" && ws[0].Deprel != "advcl" {
		return
	}
	v := ws[0].Head - 1
	p := 1
	for p < v && ws[p].Form != "," {
		p++
	}
	s := p + 1
	if s >= v || hasSubject(ws, v) || ws[s].Deprel != "conj" || ws[s].Head-1 >= p ||
		ws[s].UPOS != "PROPN" && ws[s].UPOS != "NOUN" && ws[s].UPOS != "PRON" || phraseEnd(ws, s) != v-1 {
		return
	}
	ws[s].Head, ws[s].Deprel = v+1, "nsubj"
	ws[p].Head = 1
	ws[0].Deprel = "advcl"
}

// subjectWithCase mends a verb's second subject that "of" or "from" opens
// ("Tom Hale, 41, of North Haven pleaded not guilty" had Haven the subject
// of pleaded beside Tom): a subject takes no such preposition, so the noun
// after the verb's other subject is a phrase of that subject's.
func subjectWithCase(ws []Word) {
	for s := 2; s < len(ws); s++ {
		v := ws[s].Head - 1
		if !strings.HasPrefix(ws[s].Deprel, "nsubj") || v <= s || !hasPreposition(ws, s) {
			continue
		}
		for o := s - 1; o >= 0; o-- {
			if ws[o].Head-1 == v && strings.HasPrefix(ws[o].Deprel, "nsubj") && (ws[o].UPOS == "NOUN" || ws[o].UPOS == "PROPN") {
				ws[s].Head, ws[s].Deprel = o+1, "nmod"
				break
			}
		}
	}
}

// hasPreposition reports whether word n has "of" or "from" for its case,
// which mark a phrase of a noun ("Tom Hale of North Haven"), where others
// may mark a clause's fixed opening ("in case anything went wrong").
func hasPreposition(ws []Word, n int) bool {
	for k := 0; k < n; k++ {
		if ws[k].Head-1 == n && ws[k].Deprel == "case" && ws[k].UPOS == "ADP" && (strings.EqualFold(ws[k].Form, "of") || strings.EqualFold(ws[k].Form, "from")) {
			return true
		}
	}
	return false
}

// conjoinedClauseSubject mends a clause joined by "and" whose subject the
// parse made a conjunct of the verb before it: "The company filed for
// bankruptcy on Friday, and its founder, Eva Falk, stepped down" had
// founder and stepped two conjuncts of filed, and stepped no subject. A
// noun conjunct with its own "and" whose phrase ends (with a comma) right
// before a finite conjunct of the same verb, which has no subject, is that
// conjunct's subject; its "and" and comma are the clause's. So is a noun
// with "and" and no preposition that the parse made the verb's oblique.
func conjoinedClauseSubject(ws []Word) {
	for v := 3; v < len(ws); v++ {
		h := ws[v].Head - 1
		if ws[v].Deprel != "conj" || h < 0 || !finite(ws[v].XPOS) || hasSubject(ws, v) {
			continue
		}
		for n := h + 1; n < v; n++ {
			if ws[n].Head-1 != h || ws[n].Deprel != "conj" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || !hasDependent(ws, n, "cc") {
				continue
			}
			if e := phraseEnd(ws, n); e != v-1 && (e != v-2 || ws[v-1].Form != ",") {
				continue
			}
			for k := h + 1; k < n; k++ {
				if ws[k].Head-1 == n && (ws[k].Deprel == "cc" || ws[k].Deprel == "punct") {
					ws[k].Head = v + 1
				}
			}
			ws[n].Head, ws[n].Deprel = v+1, "nsubj"
			if hasDependent(ws, v, "aux:pass") {
				ws[n].Deprel = "nsubj:pass"
			}
			break
		}
		for n := h + 1; n < v; n++ {
			// "…, and its chairman, Carl Dahl, resigned" had chairman a
			// bare oblique of resigned, with the "and" its own.
			if ws[n].Head-1 != v || ws[n].Deprel != "obl" || hasDependent(ws, n, "case") || !hasDependent(ws, n, "cc") || hasSubject(ws, v) {
				continue
			}
			for k := h + 1; k < n; k++ {
				if ws[k].Head-1 == n && ws[k].Deprel == "cc" {
					ws[k].Head = v + 1
				}
			}
			ws[n].Deprel = "nsubj"
			if hasDependent(ws, v, "aux:pass") {
				ws[n].Deprel = "nsubj:pass"
			}
		}
	}
}
