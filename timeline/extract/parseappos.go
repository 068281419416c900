package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// appositiveSubject mends "Daniel Whitcombe, the bank's chief executive,
// resigned on Thursday[, the bank said]", which the parse reads with the
// verb as a participle hung on the name or on its apposition (which it
// may take for a parenthetical clause), so that
// the sentence has no verb of its own (the name is the root) or the
// saying after it has two subjects, the name and the speaker. Neither
// reading can be right: the verb, with no auxiliary and no subject of
// its own, is the clause's, and the name its subject; a saying with a
// subject of its own after the comma is then the parenthetical that
// trailingSpeaker makes of it.
func appositiveSubject(ws []language.Word, n int) {
	if ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
		return
	}
	say := -1
	switch {
	case ws[n].Head == 0:
	case ws[n].Deprel == "nsubj":
		say = ws[n].Head - 1
		if say < n || ws[say].UPOS != "VERB" || !reportingVerb(ws[say].Lemma) || !secondSubject(ws, n, say) {
			return
		}
	default:
		return
	}
	r := -1
	for k := n + 1; k < len(ws) && (say < 0 || k < say); k++ {
		h := ws[k].Head - 1
		if h < 0 || h != n && (ws[h].Deprel != "appos" && ws[h].Deprel != "parataxis" || ws[h].Head != n+1 || h > k) {
			continue
		}
		if ws[k].UPOS == "VERB" && (ws[k].XPOS == "VBN" || ws[k].XPOS == "VBD") && (ws[k].Deprel == "acl" || ws[k].Deprel == "advcl" || finiteAside(ws, k, n)) &&
			ws[k-1].Form == "," && !hasRelation(ws, k, "aux") && !hasRelation(ws, k, "aux:pass") && !hasRelation(ws, k, "nsubj") && !hasRelation(ws, k, "mark") {
			r = k
			break
		}
	}
	if r < 0 {
		return
	}
	if say < 0 {
		for k := r + 1; k < len(ws); k++ {
			if ws[k].Head == n+1 {
				ws[k].Head = r + 1 // the stop, what follows the verb
			}
		}
	} else {
		ws[r].Head, ws[r].Deprel = ws[say].Head, ws[say].Deprel
		ws[say].Head, ws[say].Deprel = r+1, "parataxis"
	}
	if say < 0 {
		ws[r].Head, ws[r].Deprel = 0, "root"
	}
	ws[r].XPOS = "VBD"
	ws[n].Head, ws[n].Deprel = r+1, "nsubj"
}

// finiteAside reports whether verb k is a simple past the parse hung as
// a parenthetical on a name that heads the sentence ("Carl Dahl, 38,
// lost consciousness"): a past tense cannot be a reduced clause, so it
// is the sentence's verb. A participle ("Carl Dahl, 38, killed in …",
// a headline's passive) stays as it is.
func finiteAside(ws []language.Word, k, n int) bool {
	return ws[k].Deprel == "parataxis" && ws[k].XPOS == "VBD" && ws[k].Head == n+1 && ws[n].Head == 0
}

// secondSubject reports whether saying say has a subject after the comma
// that follows word n, besides n: "…, the bank said".
func secondSubject(ws []language.Word, n, say int) bool {
	for k := n + 1; k < say; k++ {
		if ws[k].Head == say+1 && ws[k].Deprel == "nsubj" && k > 0 && (ws[k-1].Form == "," || ws[k-1].UPOS == "DET" && k > 1 && ws[k-2].Form == ",") {
			return true
		}
	}
	return false
}

// intransitives are verbs that take no object and so have no passive: a
// participle of one with a passive subject is a simple past the tagger
// read as a participle ("The bank's former finance chief, Peter Lang,
// also testified": Lang testified, nothing was done to him).
var intransitives = set("resign testify die arrive depart retire abstain apologise apologize collapse " +
	"emerge disappear vanish happen occur erupt surrender relent prevail rebound soar plunge slump tumble " +
	"plummet deteriorate drown perish sleep weep laugh smile wait remain stay exist")

// intransitivePassive makes the passive subject of such a participle,
// with no auxiliary, its active subject and the participle a past.
func intransitivePassive(ws []language.Word, v int) {
	if ws[v].XPOS != "VBN" || !intransitives[strings.ToLower(ws[v].Lemma)] || hasRelation(ws, v, "aux") || hasRelation(ws, v, "aux:pass") {
		return
	}
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj:pass" {
			ws[k].Deprel = "nsubj"
			ws[v].XPOS = "VBD"
		}
	}
}

// vocativeApposition mends a name between commas after a noun that the
// parse took for one addressed ("Moravia's president-elect, Elena Marsh,
// named her cabinet"): news prose addresses no one outside quotes, and
// the name is the noun's apposition, so that the one named acts.
func vocativeApposition(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].Deprel != "vocative" || ws[k].UPOS != "PROPN" || h < 0 || h > k || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
		return
	}
	for j := h + 1; j < k; j++ {
		if ws[j].Form == "," {
			ws[k].Deprel = "appos"
			return
		}
	}
}

// dashedApposition mends a noun set off by a dash after another that
// the parse took for its conjunct: in "its depositors — mostly technology
// workers and venture-backed companies — hurried to withdraw money" the
// workers are what the depositors were, not others beside them. A
// conjunct with no "and" or "or" of its own, opened by a dash, describes
// the noun before it.
func dashedApposition(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if ws[k].Deprel != "conj" || h < 0 || h > k || ws[k].UPOS != "NOUN" && ws[k].UPOS != "PROPN" || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
		return
	}
	dash := false
	for j := h + 1; j < k; j++ {
		switch {
		case ws[j].Deprel == "cc" && ws[j].Head-1 == k:
			return // "X — and Y": a conjunct after all
		case ws[j].Form == "—" || ws[j].Form == "–" || ws[j].Form == "--":
			dash = true
		}
	}
	if dash {
		ws[k].Deprel = "appos"
	}
}

// changing are verbs of change that take no object, whose participle
// before a noun describes it: "rising interest rates", "mounting
// pressure". Those that may take one ("increasing sales", "deepening
// the crisis") are left as the parse reads them.
var changing = set("rise fall soar mount dwindle surge slump plummet tumble spiral rage fade")

// changingModifier mends such a participle that the parse took for a
// clause of the verb before it with the noun as the participle's object:
// in "He blamed rising interest rates" the rates are what he blamed, and
// "rising" says how they went, an event of theirs (see isPredicate); he
// rose nothing.
func changingModifier(ws []language.Word, k int) {
	v := ws[k].Head - 1
	if ws[k].XPOS != "VBG" || !changing[strings.ToLower(ws[k].Lemma)] || v < 0 || v > k || ws[k].Deprel != "xcomp" ||
		hasRelation(ws, v, "obj") || hasRelation(ws, k, "mark") {
		return
	}
	for n := k + 1; n < len(ws) && n <= k+3; n++ {
		if ws[n].Head == k+1 && ws[n].Deprel == "obj" && (ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN") {
			ws[n].Head, ws[n].Deprel = v+1, "obj"
			ws[k].Head, ws[k].Deprel = n+1, "amod"
			return
		}
		if ws[n].Deprel != "compound" && ws[n].Deprel != "amod" {
			return
		}
	}
}

// lowerInfinitive mends a word written in lower case after "to" that the
// tagger took for a name ("voted on Tuesday to sue Delaney", read as a
// woman named Sue): a name is written with a capital, and a verb after
// "to" is an infinitive, the purpose or content of the verb before it.
func lowerInfinitive(ws []language.Word, k int) {
	h := ws[k].Head - 1
	if k == 0 || ws[k].UPOS != "PROPN" || ws[k].Form == "" || ws[k].Form[0] < 'a' || ws[k].Form[0] > 'z' ||
		!strings.EqualFold(ws[k-1].Form, "to") || ws[k-1].Head != k+1 || h < 0 || ws[h].UPOS != "VERB" {
		return
	}
	if wn.VerbClass(ws[k].Form) == "" {
		return
	}
	ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats = "VERB", "VB", ws[k].Form, "VerbForm=Inf"
	ws[k].Deprel = "xcomp"
	ws[k-1].UPOS, ws[k-1].XPOS, ws[k-1].Deprel = "PART", "TO", "mark"
	for j := k + 1; j < len(ws); j++ {
		if ws[j].Head == k+1 && ws[j].Deprel == "flat" && (ws[j].UPOS == "PROPN" || ws[j].UPOS == "NOUN") {
			ws[j].Deprel = "obj" // "to sue Delaney", read as "Sue Delaney"
		}
	}
}

// nominalAdjective mends a noun the tagger read as an adjective after
// another noun ("the bank's chief executive", "executive" an adjective
// whose subject is "chief"): an adjective standing as a subject, an
// object or an apposition, with a subject of its own right before it, is
// the head noun of a compound.
func nominalAdjective(ws []language.Word, k int) {
	if k == 0 || ws[k].UPOS != "ADJ" || ws[k-1].Head != k+1 || ws[k-1].Deprel != "nsubj" || ws[k-1].UPOS != "NOUN" || hasRelation(ws, k, "cop") {
		return
	}
	switch ws[k].Deprel {
	case "nsubj", "nsubj:pass", "obj", "iobj", "appos", "obl", "nmod":
	default:
		return
	}
	ws[k].UPOS, ws[k].XPOS = "NOUN", "NN"
	ws[k-1].Deprel = "compound"
}

// sayingOffTime mends a reported clause the parse hung on the time of
// the saying ("denied on Wednesday that he had sold shares", as if
// Wednesday were denied): the clause is the verb's.
func sayingOffTime(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if h < 0 || !weekday(ws[h].Lemma) && !timeUnit(ws[h].Lemma) || !strings.HasPrefix(ws[h].Deprel, "obl") || ws[h].Head == 0 {
		return
	}
	switch {
	case ws[v].Deprel == "ccomp":
	case strings.HasPrefix(ws[v].Deprel, "acl") && markedThat(ws, v):
	default:
		return
	}
	if g := ws[h].Head - 1; ws[g].UPOS == "VERB" {
		ws[v].Head, ws[v].Deprel = g+1, "ccomp"
	}
}

// markedThat reports whether clause v opens with the complementiser "that".
func markedThat(ws []language.Word, v int) bool {
	for k := 0; k < v; k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "mark" && strings.EqualFold(ws[k].Form, "that") {
			return true
		}
	}
	return false
}

// apposedSecondSubject mends "The families of the detained journalists,
// Karim Hollis and Nadia Ferro, held a vigil", which the parse reads with
// two subjects of "held": the families and the names between commas. A
// verb has one subject; names set off by commas right after a noun
// phrase, and right before the verb, are that phrase's apposition, named
// for its last noun (the journalists, not the families).
func apposedSecondSubject(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || v < 2 || ws[v-1].Form != "," {
		return
	}
	first, second := twoSubjects(ws, v)
	if second < 0 || ws[second].UPOS != "PROPN" {
		return
	}
	lo := second
	for lo > 0 && under(ws, lo-1, second) && ws[lo-1].Form != "," {
		lo--
	}
	c := lo - 1
	if c < 1 || ws[c].Form != "," || !under(ws, c-1, first) {
		return // the names must follow the first subject's phrase, set off by a comma
	}
	n := c - 1
	for n > first && ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		n--
	}
	ws[second].Head, ws[second].Deprel = n+1, "appos"
}

// twoSubjects returns the two nominal subjects a parse gave verb v before
// it, in order, or -1 for the second unless it gave exactly two.
func twoSubjects(ws []language.Word, v int) (first, second int) { return subjectPair(ws, v, "nsubj") }

// twoPassiveSubjects is twoSubjects for a passive verb.
func twoPassiveSubjects(ws []language.Word, v int) (first, second int) {
	return subjectPair(ws, v, "nsubj:pass")
}

// twoAnySubjects is twoSubjects for subjects active or passive.
func twoAnySubjects(ws []language.Word, v int) (first, second int) {
	return subjectPair(ws, v, "nsubj", "nsubj:pass")
}

// subjectPair returns the two dependents before verb v whose relation is
// one of rels, in order, or -1 for the second unless there are exactly two.
func subjectPair(ws []language.Word, v int, rels ...string) (first, second int) {
	first, second = -1, -1
	for k := range v {
		if ws[k].Head-1 != v || !slices.Contains(rels, ws[k].Deprel) {
			continue
		}
		switch {
		case first < 0:
			first = k
		case second < 0:
			second = k
		default:
			return first, -1
		}
	}
	return first, second
}

// apposedDescription mends the other order of it: "Lena Marsh, the
// founder of the exchange, was arrested", read with two subjects of
// "arrested". A description set off by commas right after a name, with
// only the verb's auxiliaries after it, describes the name.
func apposedDescription(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" {
		return
	}
	first, second := twoSubjects(ws, v)
	if second < 0 {
		first, second = twoPassiveSubjects(ws, v)
	}
	if second < 1 || ws[first].UPOS != "PROPN" || ws[second].UPOS != "NOUN" || !hasRelation(ws, second, "det") {
		return
	}
	lo := second
	for lo > 0 && under(ws, lo-1, second) && ws[lo-1].Form != "," {
		lo--
	}
	if c := lo - 1; c < 1 || ws[c].Form != "," || !under(ws, c-1, first) {
		return
	}
	hi := second
	for hi+1 < v && under(ws, hi+1, second) && ws[hi+1].Form != "," {
		hi++
	}
	if hi+1 >= v || ws[hi+1].Form != "," {
		return
	}
	for k := hi + 2; k < v; k++ {
		if ws[k].Head != v+1 || !strings.HasPrefix(ws[k].Deprel, "aux") && ws[k].Deprel != "advmod" {
			return
		}
	}
	ws[second].Head, ws[second].Deprel = first+1, "appos"
}
