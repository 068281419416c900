package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// gardenPathVerb mends a sentence whose main verb the tagger read as a
// participle because a reduced relative came before it: in "A lander
// built by Orbis Dynamics touched down near the pole on Friday." the
// lander touched down; the parse hangs "touched" under Dynamics and
// leaves the lander as the root, or, when a speaker closes the sentence
// (", the company said"), as a second subject of the saying. A sentence
// of running text (it ends in a full stop) with no other finite verb,
// whose subject noun carries a participle with another participle under
// it, gets that verb as its clause's verb, in the past, the noun as its
// subject: the sentence's root, or what the speaker says.
func gardenPathVerb(ws []language.Word) {
	if len(ws) < 4 || ws[len(ws)-1].Form != "." {
		return
	}
	n, say := -1, -1
	for k := range ws {
		finite := ws[k].UPOS == "VERB" && (ws[k].XPOS == "VBD" || ws[k].XPOS == "VBZ" || ws[k].XPOS == "VBP") || ws[k].UPOS == "AUX"
		switch {
		case ws[k].Head == 0 && ws[k].UPOS == "NOUN":
			n = k
		case ws[k].Head == 0 && finite && reportingVerb(ws[k].Lemma):
			say = k
		case finite:
			return // a clause of its own: the parse found a verb
		}
	}
	if say >= 0 {
		// The first of two subjects of a saying that closes the
		// sentence: "A lander … touched down, the company said."
		for k := 0; k < say && n < 0; k++ {
			if ws[k].Head == say+1 && ws[k].Deprel == "nsubj" && ws[k].UPOS == "NOUN" {
				n = k
			}
		}
		if n < 0 || !stackedBefore(ws, n, say) {
			return
		}
	}
	if n < 0 {
		return
	}
	if say < 0 && n+1 < len(ws) && ws[n+1].XPOS == "VBN" && ws[n+1].Deprel == "acl" && ws[n+1].Head == n+1 &&
		(hasRelation(ws, n, "det") || n == 0 && ws[n].XPOS == "NNS") && strings.HasSuffix(strings.ToLower(ws[n+1].Form), "ed") {
		// "The union called off the strike.", "Tributes poured in on
		// Wednesday.": the only verb, right after its subject, read as
		// the subject's participle.
		v := n + 1
		ws[v].Head, ws[v].Deprel, ws[v].XPOS, ws[v].Feats = 0, "root", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := range ws {
			if ws[k].Head == n+1 && k > v && ws[k].Deprel == "punct" {
				ws[k].Head = v + 1
			}
		}
		return
	}
	for v := n + 1; v < len(ws) && (say < 0 || v < say); v++ {
		a := ws[v].Head - 1
		if ws[v].XPOS != "VBN" || ws[v].Deprel != "acl" || a <= n || !strings.HasSuffix(strings.ToLower(ws[v].Form), "ed") {
			continue
		}
		// v hangs inside the phrase of a first participle on the noun.
		first := a
		for first >= 0 && ws[first].Head-1 != n {
			first = ws[first].Head - 1
		}
		if first < 0 || ws[first].Deprel != "acl" || ws[first].XPOS != "VBN" || first >= v {
			continue
		}
		if say >= 0 {
			ws[v].Head, ws[v].Deprel = say+1, "ccomp"
		} else {
			ws[v].Head, ws[v].Deprel = 0, "root"
		}
		ws[v].XPOS, ws[v].Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := range ws {
			if ws[k].Head == n+1 && k > v && (ws[k].Deprel == "punct" || ws[k].Deprel == "acl" && ws[k].XPOS == "VBG") {
				ws[k].Head = v + 1 // the sentence's stop; "becoming the first …" is the landing's
				if ws[k].Deprel == "acl" {
					ws[k].Deprel = "advcl"
				}
			}
		}
		return
	}
}

// stackedBefore reports whether the saying say has another subject after
// n and a comma between them.
func stackedBefore(ws []language.Word, n, say int) bool {
	comma := false
	for k := n + 1; k < say; k++ {
		comma = comma || ws[k].Form == ","
		if comma && ws[k].Head == say+1 && ws[k].Deprel == "nsubj" {
			return true
		}
	}
	return false
}

// reducedRelative mends a subject whose reduced relative the parse took
// for the subject's own clause: in "Three aid workers kidnapped in April
// were released on Tuesday" the workers were released, and "kidnapped in
// April" says which workers; the parse makes them the subject of
// "kidnapped" and leaves "were released" with none. A participle with no
// auxiliary of its own, whose subject comes right before it, under a
// later verb that has an auxiliary and no subject, is the subject's
// relative; the subject is the later verb's.
func reducedRelative(ws []language.Word, r int) {
	n, v := -1, ws[r].Head-1
	if ws[r].XPOS != "VBN" || v <= r || ws[v].UPOS != "VERB" || ws[r].Deprel != "advcl" && ws[r].Deprel != "csubj" {
		return
	}
	for k := range r {
		if ws[k].Head == r+1 && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
			n = k
		}
	}
	if n < 0 || n != r-1 || hasRelation(ws, r, "aux") || hasRelation(ws, r, "aux:pass") || !finiteWithoutSubject(ws, v) {
		return
	}
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[n].Deprel = "nsubj:pass"
	}
	ws[r].Head, ws[r].Deprel = n+1, "acl"
}

// rootReducedRelative mends the same misreading when the parse made the
// participle the sentence's root, tagged as a past verb, and the true
// main verb its complement: "Three aid workers kidnapped in April were
// released on Tuesday" reads as "workers kidnapped …, [that they] were
// released". A root with no object, right after its subject, whose
// complement or conjunct is a verb with an auxiliary and no subject,
// with no comma or conjunction between, is the subject's relative.
func rootReducedRelative(ws []language.Word, r int) {
	if ws[r].Head != 0 || ws[r].UPOS != "VERB" || ws[r].XPOS != "VBD" && ws[r].XPOS != "VBN" ||
		!strings.HasSuffix(strings.ToLower(ws[r].Form), "ed") || hasRelation(ws, r, "obj") {
		return
	}
	n := -1
	for k := range r {
		if ws[k].Head == r+1 && ws[k].Deprel == "nsubj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") {
			n = k
		}
	}
	if n < 0 || n != r-1 {
		return // no subject right before: a root first in its sentence has none
	}
	v := -1
	for k := r + 1; k < len(ws); k++ {
		if ws[k].Head == r+1 {
			switch ws[k].Deprel {
			case "ccomp", "conj", "parataxis", "dep":
				if v < 0 {
					v = k
				}
			}
		}
	}
	if v < 0 || !finiteWithoutSubject(ws, v) || !hasRelation(ws, v, "aux:pass") && !hasRelation(ws, v, "aux") {
		return
	}
	for k := r + 1; k < v; k++ {
		if ws[k].Form == "," || ws[k].UPOS == "CCONJ" || ws[k].UPOS == "SCONJ" || ws[k].UPOS == "PRON" {
			return
		}
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	ws[r].Head, ws[r].Deprel, ws[r].XPOS = n+1, "acl", "VBN"
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[n].Deprel = "nsubj:pass"
	}
	for k := range ws {
		switch {
		case ws[k].Head == r+1 && k < n && ws[k].Deprel == "nsubj" && ws[k].UPOS == "NUM":
			ws[k].Head, ws[k].Deprel = n+1, "nummod" // "Three aid workers"
		case ws[k].Head == r+1 && k > v:
			ws[k].Head = v + 1 // the stop, what follows the main verb
		}
	}
}

// particleObject mends a particle the parse took for a preposition when
// the verb and particle make a phrasal verb the lexicon knows and an
// event follows: in "called off the strike" the strike is called off,
// not what something was called off of. So does what no one goes along
// ("struck down the law", "turned down the request"), or a thing a verb
// that is no motion or looking acts on ("shut down the plant"): "walked
// down the street", "looked up the road" keep their preposition.
func particleObject(ws []language.Word, k int) {
	n, v := ws[k].Head-1, k-1
	if v < 0 || ws[k].Deprel != "case" || ws[v].UPOS != "VERB" || n <= k || ws[n].Head != v+1 || ws[n].Deprel != "obl" || hasRelation(ws, v, "obj") {
		return
	}
	if ws[k+1].Deprel == "case" {
		return // "went out of their way": a preposition of two words
	}
	phrasal := strings.ToLower(ws[v].Lemma) + " " + strings.ToLower(ws[k].Form)
	switch strings.ToLower(ws[k].Form) {
	case "off", "up", "down", "out":
		if wn.VerbClass(phrasal) == "" || !particleTarget(ws[v].Lemma, ws[n].Lemma) {
			return
		}
	case "over":
		// A phrasal verb of getting or giving ("took over the town",
		// "handed over the keys"); "jumped over the fence" is a motion.
		if wn.VerbClass(phrasal) != "possession" || !particleTarget(ws[v].Lemma, ws[n].Lemma) && !holdable(ws[n].Lemma) {
			return
		}
	default:
		return
	}
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = v+1, "compound:prt", "ADP", "RP"
	ws[n].Deprel = "obj"
}

// upToNumber mends "faces up to ten years", which the parse reads as the
// phrasal verb "face up (to)": "up to" before a number bounds the number,
// and the verb is the plain one.
func upToNumber(ws []language.Word, k int) {
	if ws[k].Deprel != "compound:prt" || !strings.EqualFold(ws[k].Form, "up") || k+2 >= len(ws) || !strings.EqualFold(ws[k+1].Form, "to") || ws[k+2].UPOS != "NUM" {
		return
	}
	ws[k].Head, ws[k].Deprel, ws[k].UPOS, ws[k].XPOS = k+3, "advmod", "ADV", "RB"
}

// markedReducedRelative mends the same misreading inside a clause marked
// "whether", "if" or "that": in "examining whether a power line owned by
// the utility sparked the fire" the parse makes "owned" the clause's verb
// (the line owned, by the utility) and "sparked" a conjunct of
// "examining" with no subject and no "and", so that the investigators
// sparked the fire. A participle with no auxiliary, right after its
// subject, followed by a finite verb with no subject that the parse joins
// to the participle's own head with no conjunction, is the subject's
// relative; the subject and the mark are the later verb's.
func markedReducedRelative(ws []language.Word, r int) {
	h := ws[r].Head - 1
	if ws[r].XPOS != "VBN" || h < 0 || ws[r].Deprel != "advcl" && ws[r].Deprel != "ccomp" || hasRelation(ws, r, "aux") || hasRelation(ws, r, "aux:pass") {
		return
	}
	n, mark := -1, -1
	for k := range r {
		switch {
		case ws[k].Head != r+1:
		case ws[k].Deprel == "nsubj" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN"):
			n = k
		case ws[k].Deprel == "mark":
			mark = k
		}
	}
	if n < 0 || n != r-1 || mark < 0 {
		return
	}
	for v := r + 1; v < len(ws); v++ {
		if ws[v].Head-1 != h || ws[v].Deprel != "conj" || !finiteWithoutSubject(ws, v) || hasRelation(ws, v, "cc") {
			continue
		}
		for k := r + 1; k < v; k++ {
			if (ws[k].UPOS == "PUNCT" || ws[k].UPOS == "CCONJ") && (ws[k].Head-1 == v || ws[k].Head-1 == h) {
				return // "owned the line, and sparked …": a clause of its own
			}
		}
		ws[v].Head, ws[v].Deprel = ws[r].Head, ws[r].Deprel
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[mark].Head = v + 1
		ws[r].Head, ws[r].Deprel = n+1, "acl"
		return
	}
}

// particleTarget reports whether noun n can be what phrasal verb v+particle
// acts on rather than the way verb v goes: an event, an abstract thing
// (a law, a bill, a group), or a thing acted on by a verb of neither
// motion nor perception.
func particleTarget(v, n string) bool {
	v, n = strings.ToLower(v), strings.ToLower(n)
	if wn.IsEventNoun(n) {
		return true
	}
	switch wn.NounClass(n) {
	case "communication", "cognition", "act", "group", "attribute", "state", "possession", "relation", "process":
		return true
	case "artifact":
		switch wn.VerbClass(v) {
		case "motion", "perception", "":
			return false
		}
		return true
	}
	return false
}

// holdable reports whether noun n names what can be taken over or handed
// over: a place, a body, a made thing.
func holdable(n string) bool {
	switch wn.NounClass(strings.ToLower(n)) {
	case "location", "group", "artifact":
		return true
	}
	return false
}
