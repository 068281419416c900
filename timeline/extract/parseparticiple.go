package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// participleBeforeNoun mends a present participle that tells what the
// noun after it is doing, which the parser reads as the verb before it
// taking a gerund with that noun as the gerund's object: in "Police
// dispersed protesting students" the police then protest. Only a verb
// that takes a gerund ("began arresting protesters", "stopped paying
// workers") has one; after any other the noun is the verb's object and
// the participle its modifier. The noun must follow the participle bare
// (no determiner), as a modifier's noun does, a plural or a mass noun
// ("Inspectors found standing water" had the inspectors stand).
func participleBeforeNoun(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if v < 0 || v != k-1 || ws[k].XPOS != "VBG" || ws[k].Deprel != "xcomp" || ws[v].UPOS != "VERB" || hasRelation(ws, v, "obj") {
		return
	}
	if takesGerund[strings.ToLower(ws[v].Lemma)] {
		return
	}
	n := k + 1
	if n >= len(ws) || ws[n].Head-1 != k || ws[n].Deprel != "obj" || ws[n].XPOS != "NNS" && ws[n].XPOS != "NN" {
		return
	}
	for j := range ws {
		if ws[j].Head-1 == k && j != n && (j < n || !strings.HasPrefix(ws[j].Deprel, "obl") && ws[j].Deprel != "punct") {
			return // the participle has more of its own: a clause
		}
	}
	for j := n + 1; j < len(ws); j++ {
		if ws[j].Head-1 == k {
			ws[j].Head = v + 1 // "on Monday" is the dispersing's
		}
	}
	ws[n].Head, ws[n].Deprel = v+1, "obj"
	ws[k].Head, ws[k].Deprel = n+1, "amod"
}

// takesGerund are the verbs whose object may be a gerund with its own
// object: what is begun, stopped, avoided or risked. Verbs of seeing and
// finding are not among them: their participle follows the object ("found
// him hiding"), and one before a noun is the noun's ("saw burning cars").
var takesGerund = set("begin start stop keep continue resume finish quit cease avoid risk consider " +
	"deny admit recommend suggest propose enjoy mind miss practise practice try like love hate prefer " +
	"regret remember forget mention discuss describe justify defend resist postpone delay anticipate " +
	"fear end spend go come")

// countedNounAsVerb mends a counted plural noun the tagger read as a
// verb: in "had rejected two earlier offers on Monday" it takes "offers"
// for a present verb coordinated with "rejected" and the number for the
// object, so that the operator both rejected two and offers something on
// Monday. A verb in -s right after a number that is the verb's object,
// with only modifiers between, no subject and no "and" of its own, is
// that object's noun.
//
// The parse may also make the number the subject of the -s verb and that
// verb a clause of the first ("two" offers something, as a complement or
// adverbial of the rejecting); a transitive verb with no object of its
// own before it marks that reading as the same misreading.
func countedNounAsVerb(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if h < 0 || h > k || ws[k].XPOS != "VBZ" || ws[h].UPOS != "VERB" {
		return
	}
	numberSubject := false
	switch ws[k].Deprel {
	case "conj":
	case "advcl", "ccomp":
		numberSubject = true
	default:
		return
	}
	if hasRelation(ws, k, "cc") || !numberSubject && hasRelation(ws, k, "nsubj") || hasRelation(ws, k, "obj") || hasRelation(ws, k, "aux") {
		return
	}
	if numberSubject && (hasRelation(ws, h, "obj") || countRelation(ws, k, "nsubj") != 1 || hasRelation(ws, k, "mark")) {
		return
	}
	c := -1
	for j := k - 1; j > h; j-- {
		if ws[j].XPOS == "CD" {
			c = j
			break
		}
		switch ws[j].XPOS {
		case "JJ", "JJR", "JJS", "RBR", "RB", "VBN":
		default:
			return
		}
	}
	switch {
	case c < 0:
		return
	case numberSubject:
		if ws[c].Head-1 != k || ws[c].Deprel != "nsubj" || strings.EqualFold(ws[c].Form, "one") || ws[c].Form == "1" {
			return // "officials said one remains missing": a verb agrees with one
		}
	case ws[c].Head-1 != h || ws[c].Deprel != "obj":
		return
	}
	for j := c + 1; j < k; j++ {
		ws[j].Head, ws[j].Deprel = k+1, "amod"
	}
	for j := k + 1; j < len(ws); j++ {
		if ws[j].Head-1 == k && strings.HasPrefix(ws[j].Deprel, "obl") {
			ws[j].Head = h + 1 // "on Monday" is the rejecting's
		}
	}
	ws[c].Head, ws[c].Deprel = k+1, "nummod"
	ws[k].UPOS, ws[k].XPOS, ws[k].Head, ws[k].Deprel = "NOUN", "NNS", h+1, "obj"
}

// agentPhraseVerb mends a subject with a reduced passive relative whose
// "by" phrase runs into the main verb: in "Wildfires fanned by powerful
// winds from a distant hurricane raced across the island" the wildfires
// raced; the parse makes "fanned" the sentence's verb and "hurricane
// raced" a clause of its own inside the "by" phrase. A root participle
// in -ed right after its subject and followed by "by", with no object,
// whose "by" phrase holds a past verb with the phrase's last noun right
// before it as its subject and nothing but that phrase's words between,
// is the subject's relative; that verb is the sentence's, and the noun
// ends the "by" phrase.
func agentPhraseVerb(ws []language.Word, p int) {
	n := p - 1
	if n < 0 || p+2 >= len(ws) || ws[p].Head != 0 || ws[p].UPOS != "VERB" || !strings.HasSuffix(strings.ToLower(ws[p].Form), "ed") ||
		!strings.EqualFold(ws[p+1].Form, "by") || ws[n].Head != p+1 || ws[n].Deprel != "nsubj" ||
		ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasRelation(ws, p, "obj") {
		return
	}
	v, m := -1, -1
	for k := p + 2; k < len(ws) && v < 0; k++ {
		switch {
		case ws[k].Form == "," || ws[k].UPOS == "CCONJ" || ws[k].UPOS == "SCONJ" || ws[k].UPOS == "PRON" || ws[k].UPOS == "AUX":
			return // the phrase ends before any verb: "fanned by winds, …"
		case ws[k].UPOS == "VERB":
			subject := ws[k].XPOS == "VBD" && ws[k-1].Head == k+1 && ws[k-1].Deprel == "nsubj"
			// or read as the noun's own participle: "storm swept"
			participle := ws[k].XPOS == "VBN" && ws[k].Head == k && ws[k].Deprel == "acl"
			if k-1 <= p+1 || !subject && !participle || !under(ws, k, p) {
				return
			}
			v, m = k, k-1
		}
	}
	if v < 0 || ws[m].UPOS != "NOUN" && ws[m].UPOS != "PROPN" {
		return
	}
	// The noun's own words before it, back to the "by" phrase's noun it
	// modifies: "from a distant hurricane".
	start := m
	for start-1 > p+1 {
		switch ws[start-1].UPOS {
		case "ADP", "DET", "ADJ", "NUM", "PROPN":
			start--
			continue
		}
		break
	}
	owner := start - 1
	if owner <= p+1 || ws[owner].UPOS != "NOUN" && ws[owner].UPOS != "PROPN" {
		return
	}
	for j := start; j < m; j++ {
		ws[j].Head = m + 1
		switch ws[j].UPOS {
		case "ADP":
			ws[j].Deprel = "case"
		case "DET":
			ws[j].Deprel = "det"
		case "ADJ":
			ws[j].Deprel = "amod"
		case "NUM":
			ws[j].Deprel = "nummod"
		default:
			ws[j].Deprel = "compound"
		}
	}
	ws[m].Head, ws[m].Deprel = owner+1, "nmod"
	ws[v].Head, ws[v].Deprel = 0, "root"
	ws[v].XPOS, ws[v].Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
	ws[n].Head = v + 1
	for j := v + 1; j < len(ws); j++ {
		if ws[j].Head == n+1 && ws[j].Deprel == "acl" && ws[j].XPOS == "VBG" && ws[j-1].Form == "," {
			ws[j].Head, ws[j].Deprel = v+1, "advcl" // ", killing six people": the main verb's
		}
	}
	ws[p].Head, ws[p].Deprel, ws[p].XPOS, ws[p].Feats = n+1, "acl", "VBN", "Tense=Past|VerbForm=Part|Voice=Pass"
	for j := range ws {
		if j > v && ws[j].Head == p+1 {
			ws[j].Head = v + 1 // the stop, what follows the main verb
		}
	}
}

// participleOnSubject mends a past participle that opens a sentence
// right before its subject's noun, which the parser reads as a clause of
// its own ("Banned, the sprinter filed …") that the subject then did: in
// "Banned sprinter Anna Berg filed an appeal" Berg banned no one, she
// was banned. With no comma and no word of its own it is the noun's
// modifier, as "a fired accountant" is.
func participleOnSubject(ws []language.Word, k int) {
	n := k + 1
	if n >= len(ws) || ws[k].UPOS != "VERB" || ws[k].XPOS != "VBN" && ws[k].XPOS != "VBD" || ws[k].Deprel != "advcl" {
		return
	}
	if k > 0 && ws[k-1].UPOS != "DET" || ws[n].UPOS != "NOUN" || ws[n].XPOS != "NN" && ws[n].XPOS != "NNS" {
		return
	}
	// "Banned sprinter Kofi Mensar filed": the noun read as the
	// participle's object and the name after it as the subject.
	asObject := ws[n].Head == k+1 && ws[n].Deprel == "obj" && n+1 < len(ws) && ws[n+1].UPOS == "PROPN" &&
		ws[n+1].Head == ws[k].Head && ws[n+1].Deprel == "nsubj"
	if !asObject && (ws[n].Head != ws[k].Head || ws[n].Deprel != "nsubj" && ws[n].Deprel != "nsubj:pass") {
		return
	}
	for j := range ws {
		if ws[j].Head == k+1 && (j != n || !asObject) {
			return // "Arrested on Monday, suspect …": a clause of its own
		}
	}
	if asObject {
		ws[n].Head, ws[n].Deprel = ws[k].Head, "nsubj"
		ws[n+1].Head, ws[n+1].Deprel = n+1, "appos"
	}
	ws[k].Head, ws[k].Deprel = n+1, "amod"
}
