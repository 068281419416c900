package language

import "strings"

// titledName mends a name that an office and its employer or place come
// before, read as one name or as several phrases: "Valley Fire Chief Owen
// Marsh said" made one flat name of all five words, its head Valley, and
// "Opposition Green Party leader Mara Quist called" left Opposition an
// oblique of called. The person named after the last word of office is
// the phrase's head, the words before it its compounds (as the treebanks
// annotate "President Obama"), the words after it its name's flat parts.
// The phrase must hang on one word outside it, or on several that are one
// word's, a word of office must stand right before the name, and no word
// outside the run may hang on the title's words.
func titledName(ws []Word) {
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && (inTitledRun(ws[j]) || j > i && roleNoun(ws, j, i)) {
			j++
		}
		if j-i >= 3 {
			mendTitledName(ws, i, j-1)
		}
		if j == i {
			j++
		}
		i = j
	}
}

// inTitledRun reports whether w may be a word of a titled name: a name,
// a capitalised word, or a word of office in lower case.
func inTitledRun(w Word) bool {
	switch w.UPOS {
	case "PROPN":
		return true
	case "NOUN", "ADJ":
		return upperInitial(w.Form) || officeWords[strings.ToLower(w.Form)]
	}
	return false
}

// roleNoun reports whether word k, in a run from a, is a noun in lower
// case between a name before it and one after it, which names what the
// second does for the first: "CNN presenter Anna Berg", "Ostburg police
// spokesman Gus Holm".
func roleNoun(ws []Word, k, a int) bool {
	return k > a && k+1 < len(ws) && ws[k].UPOS == "NOUN" && !upperInitial(ws[k].Form) &&
		ws[k+1].UPOS == "PROPN" && ws[k-1].UPOS == "PROPN"
}

// mendTitledName mends the run of words a to b (see titledName).
func mendTitledName(ws []Word, a, b int) {
	t := -1
	for k := b - 1; k >= a; k-- {
		if (officeWords[strings.ToLower(ws[k].Form)] || roleNoun(ws, k, a)) && ws[k+1].UPOS == "PROPN" && !officeWords[strings.ToLower(ws[k+1].Form)] {
			t = k
			break
		}
	}
	if t < a || t == b {
		return
	}
	n := t + 1
	for k := range ws {
		// "former president Anna Berg", "the bank's chief Eva Falk": a
		// title with words of its own before it heads a common noun's
		// phrase, the name its apposition.
		if h := ws[k].Head - 1; (k < a || k > b) && h >= a && h <= t && ws[k].Deprel != "punct" {
			return
		}
	}
	// The run's links out of it: all to one word, or it is no one phrase.
	out, head, rel := -1, -1, ""
	for k := a; k <= b; k++ {
		h := ws[k].Head - 1
		if h >= a && h <= b {
			continue
		}
		if out >= 0 && h != head {
			return
		}
		if out < 0 || k == n {
			out, head, rel = k, h, ws[k].Deprel
		}
	}
	if out < 0 {
		return
	}
	ws[n].Head, ws[n].Deprel = head+1, rel
	for k := range ws {
		// A comma before the phrase, which the parse gave the title, is
		// the word's the phrase hangs on, so that the phrase starts at
		// its title ("…next Thursday, speaker Ivo Renner said").
		if h := ws[k].Head - 1; (k < a || k > b) && h >= a && h <= t {
			ws[k].Head = head + 1
			if head < 0 {
				ws[k].Head = n + 1
			}
		}
	}
	for k := a; k <= b; k++ {
		if k == n {
			continue
		}
		h := ws[k].Head - 1
		switch {
		case k > n:
			if h != n && (h < n || h > b || ws[k].Deprel != "flat") {
				ws[k].Head, ws[k].Deprel = n+1, "flat"
			}
		case h == n, h >= a && h < n && !looseRel[ws[k].Deprel]:
			// already the name's, or a part of the title's phrase
		default:
			ws[k].Head, ws[k].Deprel = n+1, "compound"
		}
	}
}

// looseRel are the relations that join words of a name side by side
// rather than one word to the phrase it modifies.
var looseRel = map[string]bool{"flat": true, "list": true, "appos": true, "conj": true, "nsubj": true, "obl:unmarked": true}

// officeWords are the words of office that come before a person's name.
// Words that also end a person's name ("Martin Luther King") are left
// out; "general" is in for "Secretary General Kofi Annan", and a firm's
// two words ("General Motors") make no run long enough.
var officeWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president minister secretary governor director leader ceo chairman
		chairwoman chairperson senator judge mayor commissioner spokesman spokeswoman spokesperson executive
		premier chancellor sheriff superintendent commander prosecutor ambassador representative rep. sen. gov.
		lawmaker congressman congresswoman councillor councilman councilwoman lieutenant colonel sergeant
		inspector detective chief manager founder general speaker`) {
		officeWords[w] = true
	}
}
