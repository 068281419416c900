package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// participleOpenerSubject mends "Speaking at a news conference in the
// town of Ostburg, Carl Dahl, the head of the authority, said …", which
// the parse reads with the name as a conjunct of the place before it and
// the description as the participle's object, so that the saying has no
// subject and the speaking's object is "the head". A name set off by a
// comma at the end of an opening participle's clause (all that comes
// before it is the participle's), right before the
// main verb (or before a description of it between commas), is the main
// verb's subject, and the participle's too.
func participleOpenerSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	p := -1
	for k := range v {
		if ws[k].Head == v+1 && ws[k].Deprel == "advcl" && ws[k].XPOS == "VBG" && !hasRelation(ws, k, "nsubj") {
			p = k
			break
		}
	}
	if p < 0 || v < 1 || ws[v-1].Form != "," {
		return
	}
	for b := p + 2; b < v-1; b++ {
		if ws[b].UPOS != "PROPN" || ws[b-1].Form != "," || !under(ws, b, p) {
			continue
		}
		n := nameHead(ws, b, v-1) // "Maj Gen Carl Dahl": the name is its last word's
		if !spanUnder(ws, 0, b-1, p) || finiteBetween(ws, p, b) {
			return // "…, the skiffs reversed course,” Captain Nambiar, Chief Officer, Defence, said": not the participle's clause
		}
		switch ws[n].Deprel {
		case "conj", "appos", "obj":
		default:
			continue
		}
		e := n
		for e+1 < v && ws[e+1].Head == n+1 && ws[e+1].Deprel == "flat" {
			e++
		}
		d := -1
		if e+2 < v-1 && ws[e+1].Form == "," {
			d = e + 2
			for d < v-1 && ws[d].UPOS != "NOUN" {
				d++
			}
			if d >= v-1 || !spanUnder(ws, e+2, v-1, d) && !spanUnder(ws, e+2, v-1, ws[d].Head-1) {
				return
			}
			for d+1 < v-1 && ws[d].Head-1 > d && ws[d].Head-1 < v-1 {
				d = ws[d].Head - 1 // the description's head, not a modifier of it
			}
		} else if e+1 != v-1 {
			return
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		if d >= 0 {
			ws[d].Head, ws[d].Deprel = n+1, "appos"
		}
		return
	}
}

// finiteBetween reports whether a finite verb stands between words a
// and b: then what comes before b is a clause, no participle's phrase.
func finiteBetween(ws []language.Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if (ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX") && strings.Contains(ws[k].Feats, "VerbForm=Fin") {
			return true
		}
	}
	return false
}

// nameHead returns the word that a name opening at word b hangs on, the
// title and given names before it being its compounds ("Maj Gen Carl
// Dahl"), read no further than word end; b itself when it hangs on none.
func nameHead(ws []language.Word, b, end int) int {
	n := b
	for ws[n].Deprel == "compound" || ws[n].Deprel == "flat" {
		h := ws[n].Head - 1
		if h <= n || h >= end || ws[h].UPOS != "PROPN" {
			break
		}
		n = h
	}
	return n
}

// speaksAsSetting reports whether verb i is a fronted participle of
// speaking that sets the scene of the saying it opens: "Speaking to
// reporters on Friday, Anna Berg said …" is one telling, the said
// event's, which has the participle's time and place. The participle
// stays an event, the occasion of the saying, but no timeline shows it
// beside the saying ("Anna Berg speaking to reporters"; worse, "Eva
// Falk speaking" when the parse took its subject from inside the
// reported words). A participle after the saying ("said, speaking to
// reporters") or of another deed ("Speaking to reporters, Berg
// resigned") is told for itself.
func (p parsed) speaksAsSetting(i int) bool {
	w := p.word(i)
	h := p.head(i)
	if w.XPOS != "VBG" || p.rel(i) != "advcl" || h <= i || !settingSpeech[strings.ToLower(w.Lemma)] {
		return false
	}
	return !p.hasDependent(i, "nsubj") && p.saying(h)
}

// settingSpeech are the verbs of the occasion a speaker says something
// at: speaking or talking to someone, addressing them, writing somewhere.
var settingSpeech = set("speak talk address write")

// settingSalience caps the salience of the occasion a saying was told at
// (see speaksAsSetting): kept in the events document, out of the
// pictures.
const settingSalience = 0.2

// trailingSpeaking mends "Anna Berg said the talks had failed, speaking
// to reporters" (or "adding that …"), which the parse reads with the participle hung on the
// reported clause's verb, so that the talks were speaking. A participle
// of speaking set off by a comma after the clause a saying reports tells
// the occasion of the saying: it hangs on the saying, whose subject it
// shares.
func trailingSpeaking(ws []language.Word, v int) {
	w := &ws[v]
	if w.XPOS != "VBG" || w.Deprel != "advcl" || !speechParticiple(w.Lemma) || v == 0 || ws[v-1].Form != "," ||
		hasRelation(ws, v, "nsubj") {
		return
	}
	h := w.Head - 1
	if h < 0 || h > v || ws[h].Deprel != "ccomp" {
		return
	}
	if s := ws[h].Head - 1; s >= 0 && s < h && reportingVerb(ws[s].Lemma) {
		w.Head = s + 1
	}
}

// speechParticiple reports whether a participle of verb lemma tells of
// the speaker's speaking: "speaking to reporters", "adding that the talks
// would resume". "Saying" is not one: in "said Dahl had left a note,
// saying he was sorry" the note says it.
func speechParticiple(lemma string) bool {
	l := strings.ToLower(lemma)
	return settingSpeech[l] || l == "add"
}

// reportedSubject mends "Anna Berg said her mother, Judy, lived on the
// fifth floor", which the parse reads with the mother as a second
// subject of the saying, so that the living has none. A subject after
// the saying that already has one, right before the clause it reports
// (its apposition between), is the reported clause's.
func reportedSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || !reportingVerb(ws[v].Lemma) {
		return
	}
	n, before := -1, false
	for k := range ws {
		if ws[k].Head-1 != v || ws[k].Deprel != "nsubj" {
			continue
		}
		if k < v {
			before = true
		} else if n < 0 {
			n = k
		}
	}
	if !before || n < 0 {
		return
	}
	c := n + 1
	for c < len(ws) && (under(ws, c, n) || ws[c].UPOS == "PUNCT") {
		c++
	}
	for c < len(ws) && ws[c].Head-1 > c && ws[c].Deprel == "aux" {
		c = ws[c].Head - 1 // "would appeal"
	}
	if c >= len(ws) || ws[c].UPOS != "VERB" && ws[c].UPOS != "AUX" || hasRelation(ws, c, "nsubj") || hasRelation(ws, c, "nsubj:pass") {
		return
	}
	switch {
	case ws[c].Head-1 == v && ws[c].Deprel == "ccomp":
	case ws[v].Head-1 == c && (ws[v].Deprel == "advcl" || ws[v].Deprel == "parataxis"):
		// The parse made the saying hang on what it says: turn it round.
		ws[v].Head, ws[v].Deprel = ws[c].Head, ws[c].Deprel
		ws[c].Head, ws[c].Deprel = v+1, "ccomp"
	default:
		return
	}
	ws[n].Head = c + 1
}
