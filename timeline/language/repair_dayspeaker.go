package language

import "strings"

// dayBeforeSpeaker mends a day after "on" that closes a reported clause
// before its trailing speaker, which the parse hung on the speaker's verb
// ("Police arrested Ivo Renner, the owner of Northwind Bank, at his home
// early on Thursday, the agency said" had Thursday the time of said, or
// a clause of said whose subject was owner), so the reported event had no
// day. A day before the comma that opens a trailing speaker is the time
// of the reported clause's verb, not of the saying. A noun between commas
// after that verb's object, which the parse made a subject of the day or
// of the speaker's verb, is the object's apposition, and what hung on that
// noun after its closing comma is the verb's ("at his home").
func dayBeforeSpeaker(ws []Word) {
	for t := 2; t+1 < len(ws); t++ {
		if !isTimeNoun(ws[t]) || ws[t+1].Form != "," || !hasChildForm(ws, t, "case", "on") {
			continue
		}
		h, pd := ws[t].Head-1, -1
		if h >= 0 && h < t && isEarlyLate(ws[h].Form) {
			pd, h = h, ws[h].Head-1 // "early on Friday" hung on the speaker by "early"
		}
		if h <= t || ws[h].UPOS != "VERB" || !hasSubjectIn(ws, h, t+1, h) {
			continue
		}
		v := -1
		for k := t - 1; k >= 0; k-- {
			if ws[k].UPOS == "VERB" {
				v = k
				break
			}
		}
		if v < 0 || ws[v].Head-1 != h || ws[v].Deprel != "ccomp" && ws[v].Deprel != "parataxis" {
			continue
		}
		a, ok := apposedSubjects(ws, v, t, h)
		if !ok {
			continue
		}
		if a >= 0 {
			apposeToObject(ws, v, a, t)
		}
		ws[t].Head, ws[t].Deprel = v+1, "obl"
		if pd >= 0 {
			ws[pd].Head, ws[pd].Deprel = t+1, "advmod"
		}
		ws[t+1].Head = v + 1
	}
}

// isEarlyLate reports whether form is "early" or "late".
func isEarlyLate(form string) bool {
	return strings.EqualFold(form, "early") || strings.EqualFold(form, "late")
}

// hasSubjectIn reports whether verb v has a subject among words a..b-1.
func hasSubjectIn(ws []Word, v, a, b int) bool {
	for k := a; k < b; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// apposedSubjects finds, between verb v and day t, a subject of the day or
// of speaker verb h. It returns -1 and true when there is none, its index
// and true when it stands between commas right after v's object, and
// false when it stands elsewhere (then the parse is not the one mended).
func apposedSubjects(ws []Word, v, t, h int) (int, bool) {
	a := -1
	for k := v + 1; k < t; k++ {
		if (ws[k].Head-1 == t || ws[k].Head-1 == h) && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			if a >= 0 {
				return -1, false
			}
			a = k
		}
	}
	if a < 0 {
		return -1, true
	}
	start := a
	for k := v + 1; k < a; k++ {
		if ws[k].Head-1 == a && (ws[k].Deprel == "det" || ws[k].Deprel == "amod" || ws[k].Deprel == "compound") {
			start = k
			break
		}
	}
	c := start - 1
	if ws[c].Form != "," || objectBefore(ws, v, c) < 0 {
		return -1, false
	}
	return a, true
}

// objectBefore returns verb v's object before word c, or -1.
func objectBefore(ws []Word, v, c int) int {
	for k := v + 1; k < c; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "obj" {
			return k
		}
	}
	return -1
}

// apposeToObject makes noun a the apposition of verb v's object, and hangs
// on v what hung on a after its closing comma, before day t.
func apposeToObject(ws []Word, v, a, t int) {
	o := objectBefore(ws, v, a)
	ws[a].Head, ws[a].Deprel = o+1, "appos"
	closing := -1
	for k := a + 1; k < t; k++ {
		if ws[k].Form == "," {
			closing = k
			break
		}
	}
	if closing < 0 {
		return
	}
	for k := closing + 1; k < t; k++ {
		if ws[k].Head-1 == a && ws[k].Deprel == "nmod" {
			ws[k].Head, ws[k].Deprel = v+1, "obl"
		}
	}
	ws[closing].Head = a + 1
}
