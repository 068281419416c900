package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// The words of the law read as law when the law's officers say them: a
// search by investigators, a ruling by a court, a verdict, the charges a
// suspect denies.

// isLawOfficer reports whether word j names those who bring charges in
// law: "police", "prosecutors", "the court".
func (p parsed) isLawOfficer(j int) bool {
	if p.soldier(j) {
		return false // "army officers seized the broadcaster": no step of the law
	}
	for k := range p.s.Words {
		if p.head(k) == j && (p.word(k).Deprel == "nmod:desc" || p.rel(k) == "compound") && k < j && p.lawOfficer(k) {
			return true // "Judge Mira Sorel", "Police Chief Ana Ruiz"
		}
		if p.head(k) == j && p.rel(k) == "flat" && k > j && strings.EqualFold(p.word(k).Lemma, "police") {
			return true // "Wiltshire Police": a force named by its county
		}
	}
	return p.lawOfficer(j)
}

// soldier reports whether noun j is modified as a soldier: "army
// officers", "military police", "officers of the navy".
func (p parsed) soldier(j int) bool {
	for k := range p.s.Words {
		if p.head(k) != j || p.rel(k) != "compound" && p.rel(k) != "amod" && p.rel(k) != "nmod" {
			continue
		}
		switch strings.ToLower(p.word(k).Lemma) {
		case "army", "military", "navy", "naval", "rebel", "militia", "marine", "paramilitary":
			return true
		}
	}
	return false
}

// lawOfficer reports whether word j itself is one of isLawOfficer's words.
func (p parsed) lawOfficer(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "police", "policeman", "policewoman", "officer", "prosecutor", "prosecution", "attorney",
		"court", "judge", "magistrate", "jury", "investigator", "authority", "sheriff", "detective", "inspector",
		"lawyer", "counsel", "regulator", "watchdog":
		return true
	}
	return false
}

// lawActs are what officers of the law and courts do that is a step of
// the law when they do it, whatever the word's first sense: a search of
// offices, a raid, a questioning, a ruling.
var lawActs = map[string]bool{
	"search": true, "raid": true, "question": true, "interrogate": true, "interview": true,
	"detain": true, "seize": true, "investigate": true, "probe": true, "subpoena": true,
	"indict": true, "prosecute": true, "summon": true, "fine": true,
	"rule": true, "sentence": true, "convict": true, "acquit": true, "order": true, "hear": true,
	"appeal": true, "overturn": true, "uphold": true, "dismiss": true, "release": true, "bail": true, "strike down": true,
	"extradite": true, "deport": true,
	// police closing off a scene: a cordon, no siege
	"seal": true, "seal off": true, "cordon off": true,
	"investigation": true, "inquiry": true, "hearing": true, "interrogation": true,
}

// verdict reports whether verb v gives a verdict or a plea (verdictWord).
func (p parsed) verdict(v int) bool { return p.verdictWord(v) >= 0 }

// verdictWord returns the word of the verdict or plea that verb v gives:
// "guilty", "innocent" or "liable" under "find", "plead", "declare" or
// "rule"; else -1.
func (p parsed) verdictWord(v int) int {
	switch strings.ToLower(p.word(v).Lemma) {
	case "find", "plead", "declare", "rule":
	default:
		return -1
	}
	for k := range p.s.Words {
		switch strings.ToLower(p.word(k).Form) {
		case "guilty", "innocent", "liable":
		default:
			continue
		}
		if p.head(k) == v || p.head(k) >= 0 && p.head(p.head(k)) == v || p.verdictOnObject(k, v) {
			return k
		}
	}
	return -1
}

// verdictOnObject reports whether verdict word k hangs, through the
// apposition the parse took it for, on the object of verb v: in "found
// Carl Dahl, the former auditor, guilty" the verdict follows the
// object's apposition and is parsed as another one.
func (p parsed) verdictOnObject(k, v int) bool {
	for h, steps := p.head(k), 0; h >= 0 && steps < 3; h, steps = p.head(h), steps+1 {
		if h == v {
			return true
		}
		switch p.word(h).UPOS {
		case "NOUN", "PROPN", "PRON", "ADJ":
		default:
			return false // a clause between: its own verdict, or none
		}
		if r := p.rel(h); r != "appos" && r != "obj" && r != "flat" {
			return false
		}
	}
	return false
}

// chargeInLaw reports whether noun n, a word for an attack or an
// accusation, is the accusation: one against someone, plural ("the
// charges": an attack is told once), or what one denies, faces, drops,
// brings, pleads to or is cleared of.
func (p parsed) chargeInLaw(n int) bool {
	if strings.Contains(p.word(n).Feats, "Number=Plur") {
		return true
	}
	for k := range p.s.Words {
		if p.head(k) == n && p.caseOf(k) == "against" {
			return true
		}
	}
	for k := range p.s.Words {
		if p.head(k) == n && p.word(k).Deprel == "acl:relcl" && lawOnCharge[strings.ToLower(p.word(k).Lemma)] {
			return true // "a charge he denied", "the charge she faces": what the law does with it, in a relative clause
		}
	}
	if h := p.head(n); h >= 0 && (p.rel(n) == "obj" || p.rel(n) == "obl" || p.word(n).Deprel == "nsubj:pass") { // "the charge was dropped"
		if lawOnCharge[strings.ToLower(p.word(h).Lemma)] {
			return true // "was cleared of the charge"
		}
		switch strings.ToLower(p.word(h).Form) {
		case "guilty", "innocent":
			return true // "pleaded guilty to a single fraud charge"
		}
	}
	return false
}

// lawOnCharge are what is done with a charge in law: denied, faced,
// dropped, brought, pleaded to.
var lawOnCharge = set("deny face drop file bring press level contest dismiss reject admit plead acquit convict clear")

// withVerdict puts verdict word k into summary parts: after them, unless
// the object's phrase holds it already ("pleads not guilty to bribery
// charges" parsed with "guilty" on the charges), and with its "not",
// which must never be lost: "pleaded guilty" says the opposite.
func (p parsed) withVerdict(parts []string, k int) []string {
	form := p.word(k).Form
	neg := p.negated(k) || k > 0 && strings.EqualFold(p.word(k-1).Form, "not")
	for i, part := range parts {
		words := strings.Fields(part)
		for w := range words {
			if words[w] != form {
				continue
			}
			if neg && (w == 0 || !strings.EqualFold(words[w-1], "not")) && (i == 0 || w > 0 || !strings.HasSuffix(parts[i-1], "not")) {
				words[w] = "not " + form
				parts[i] = strings.Join(words, " ")
			}
			return parts
		}
	}
	if neg && !strings.HasSuffix(parts[len(parts)-1], "not") {
		return append(parts, "not "+form)
	}
	return append(parts, form)
}

// verdictSmallClause mends "A jury found Carl Dahl not guilty", which the
// parse reads as a clause "Carl Dahl not guilty" that was found: the
// person found is the verb's object, and the verdict what they were
// found, so that the summary keeps who was cleared.
func verdictSmallClause(ws []language.Word, k int) {
	var b [16]byte // lower-cased on the stack: it is asked of every word
	switch string(lowerWord(b[:0], ws[k].Form)) {
	case "guilty", "innocent", "liable":
	default:
		return
	}
	v := ws[k].Head - 1
	if v < 0 || ws[k].Deprel != "obj" && ws[k].Deprel != "ccomp" && ws[k].Deprel != "xcomp" {
		return
	}
	switch strings.ToLower(ws[v].Lemma) {
	case "find", "declare", "rule":
	default:
		return
	}
	for s := v + 1; s < k; s++ {
		if ws[s].Head == k+1 && ws[s].Deprel == "nsubj" {
			ws[s].Head, ws[s].Deprel = v+1, "obj"
			ws[k].Deprel = "xcomp"
			return
		}
	}
}

// verdictMatter reports whether noun n is what a verdict or a plea is
// on: "found guilty of all charges", "convicted on three counts",
// "acquitted of murder", "pleaded guilty to two charges". The verdict or
// the plea is the news; the charges it settles were brought before.
func (p parsed) verdictMatter(n int) bool {
	h := p.head(n)
	if h < 0 {
		return false
	}
	switch p.caseOf(n) {
	case "of", "on", "to":
	default:
		return false
	}
	switch strings.ToLower(p.word(h).Form) {
	case "guilty", "innocent", "liable":
		return true
	}
	if p.word(h).UPOS != "VERB" {
		return false
	}
	switch strings.ToLower(p.word(h).Lemma) {
	case "convict", "acquit", "clear", "plead":
		return true
	}
	return false
}

// courtOutcome reports whether event ev of verb v is a court's outcome:
// a verdict ("has been found guilty", "the jury found him not guilty"),
// a conviction or an acquittal. Like an election's result, it is news on
// the day it is told, with or without a date of its own.
func (p parsed) courtOutcome(ev *EventMention, v int) bool {
	if ev.Kind != "legal" {
		return false
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "convict", "acquit":
		return true
	case "find", "declare", "rule":
		return p.verdict(v)
	}
	return false
}

// verdictReducedPassive mends a headline's reduced passive, "Derek
// Chauvin found guilty on all counts", which the parse reads as Chauvin
// finding: a verb of finding right before the verdict, its only object,
// with no auxiliary, finds its subject guilty, so the subject is the one
// found. "The jury found him guilty" has its person between and stays.
func verdictReducedPassive(ws []language.Word, k int) {
	switch strings.ToLower(ws[k].Form) {
	case "guilty", "innocent", "liable":
	default:
		return
	}
	v := ws[k].Head - 1
	if v < 0 || k != v+1 || ws[k].Deprel != "obj" && ws[k].Deprel != "xcomp" || !strings.EqualFold(ws[v].Lemma, "find") ||
		ws[v].XPOS != "VBD" && ws[v].XPOS != "VBN" {
		return
	}
	subj := -1
	for j := range ws {
		if ws[j].Head-1 != v || j == k {
			continue
		}
		switch ws[j].Deprel {
		case "obj", "iobj", "aux", "aux:pass", "nsubj:pass", "expl", "ccomp":
			return // "found him guilty", "was found", "has found"
		case "nsubj":
			subj = j
		}
	}
	if subj < 0 || subj > v {
		return
	}
	ws[subj].Deprel = "nsubj:pass"
	ws[k].Deprel = "xcomp"
}

// seizures are the verbs of the trigger lexicon's attacks that take
// things from their holder, by force or by law.
var seizures = set("seize")

// valuablesObject reports whether verb v's object is money or goods held
// ("seized $2.3 million", "seized about 63.7 bitcoin", "seized the
// funds"), which the law takes, not a place or a vessel an army does
// ("seized the town", "seized a tanker"): a sum, a noun of possession, or
// a count of a thing the lexicon does not know.
func (p parsed) valuablesObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "obj" {
			continue
		}
		w := p.word(k)
		switch class := wn.NounClass(strings.ToLower(w.Lemma)); {
		case w.XPOS == "$" || currencies[strings.ToLower(w.Lemma)] || class == "possession":
			return true
		case class == "" && w.UPOS == "NOUN" && p.hasDependent(k, "nummod"):
			return true
		}
	}
	return false
}
