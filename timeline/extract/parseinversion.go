package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// A condition may open a sentence with its auxiliary before its subject
// and no "if": "Had the panel upheld the ban, Berg would have missed the
// games", "Were the bill to pass, it would take effect in May". The
// parser, taking the opening "Had" for a main verb of having, makes it
// the root and the condition its complement, so that "Had the panel" is
// an event and the upholding one that occurred; or it makes the subject
// of "Were" a noun the infinitive modifies. invertedOpener hangs the
// condition on the clause after the comma as an adverbial clause with
// its auxiliary and subject, the shape invertedCondition reads as "if".

// invertedOpener mends a sentence that opens on an inverted condition.
func invertedOpener(ws []language.Word) {
	k := 0
	if len(ws) > 0 && ws[0].UPOS == "CCONJ" {
		k = 1 // "But had the panel …"
	}
	if k >= len(ws) {
		return
	}
	aux := strings.ToLower(ws[k].Form)
	if aux != "had" && aux != "were" {
		return
	}
	comma := -1
	for i := k + 1; i < len(ws); i++ {
		if ws[i].Form == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return
	}
	c, mark := conditionVerb(ws, aux, k, comma)
	if c < 0 {
		return
	}
	s := topOfSpan(ws, k+1, mark)
	m := modalVerbAfter(ws, comma)
	if s < 0 || m < 0 {
		return
	}
	old := -1
	for i := range ws {
		if ws[i].Head == 0 {
			old = i
		}
	}
	ws[m].Head, ws[m].Deprel = 0, "root"
	for i := range ws {
		if i != m && ws[i].Head == old+1 && (i < k || i > comma) {
			ws[i].Head = m + 1 // what hung on the old root after the condition: the stop, the comma
		}
	}
	ws[comma].Head = m + 1
	if k == 1 {
		ws[0].Head, ws[0].Deprel = m+1, "cc"
	}
	ws[k].Head, ws[k].Deprel = c+1, "aux"
	ws[s].Head, ws[s].Deprel = c+1, "nsubj"
	if mark != c {
		ws[mark].Head, ws[mark].Deprel = c+1, "mark" // "to" of "were the bill to pass"
	}
	ws[c].Head, ws[c].Deprel = m+1, "advcl"
}

// conditionVerb returns the verb of an inverted condition opened by
// auxiliary aux at k and closed by a comma, and where its subject ends:
// the participle of "had the panel upheld", the infinitive of "were the
// bill to pass"; else -1.
func conditionVerb(ws []language.Word, aux string, k, comma int) (c, end int) {
	for i := k + 2; i < comma; i++ {
		switch {
		case aux == "had" && ws[i].UPOS == "VERB" && (ws[i].XPOS == "VBN" || ws[i].XPOS == "VBD"):
			return i, i
		case aux == "were" && strings.EqualFold(ws[i].Form, "to") && i+1 < comma && ws[i+1].XPOS == "VB":
			return i + 1, i
		}
	}
	return -1, -1
}

// topOfSpan returns the one word of [lo, hi) whose head lies outside
// it, not counting punctuation: the head of the phrase there; else -1.
func topOfSpan(ws []language.Word, lo, hi int) int {
	top := -1
	for i := lo; i < hi; i++ {
		if h := ws[i].Head - 1; ws[i].UPOS != "PUNCT" && (h < lo || h >= hi) {
			if top >= 0 {
				return -1
			}
			top = i
		}
	}
	if top >= 0 && ws[top].UPOS != "NOUN" && ws[top].UPOS != "PROPN" && ws[top].UPOS != "PRON" {
		return -1
	}
	return top
}

// modalVerbAfter returns the first verb after word from with a modal
// auxiliary of its own ("would have missed", "could face"): the main
// clause a condition hangs on; else -1.
func modalVerbAfter(ws []language.Word, from int) int {
	for i := from + 1; i < len(ws); i++ {
		if ws[i].Head-1 <= from || ws[i].Deprel != "aux" {
			continue
		}
		switch strings.ToLower(ws[i].Form) {
		case "would", "could", "might", "may", "will", "should":
			if v := ws[i].Head - 1; ws[v].UPOS == "VERB" {
				return v
			}
		}
	}
	return -1
}
