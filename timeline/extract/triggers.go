package extract

import "strings"

// trig is an event trigger found in a sentence: a verb or an event noun,
// possibly of two words ("press conference", "rule out").
type trig struct {
	tok, last int // first and last token of the trigger
	lemma     string
	kind      string
	form      form
}

func (t trig) noun() bool { return t.form == formNoun }

// speech reports whether t is a verb of saying, whose complement is
// reported speech.
func (t trig) speech() bool {
	return !t.noun() && speechLemmas[t.lemma] &&
		(t.kind == KindStatement || t.kind == KindAnnouncement || t.kind == KindWarning)
}

// findTriggers returns the triggers of a sentence in order.
func findTriggers(toks []token, out []trig) []trig {
	out = out[:0]
	for i := 0; i < len(toks); i++ {
		if t, ok := expectedAt(toks, i); ok {
			out = append(out, t)
			continue
		}
		if toks[i].kind != tWord || toks[i].info == nil {
			continue
		}
		t, ok := triggerAt(toks, i)
		if !ok {
			continue
		}
		if t.noun() && t.kind == KindStatement && mediumOfSpeech(toks, t.tok, out) {
			i = t.last
			continue // "said in a statement": how it was said, not another event
		}
		out = append(out, t)
		i = t.last
	}
	return out
}

// mediumOfSpeech reports whether the noun at n is where a speech verb just
// before it was said: "said in a statement", "told his press conference".
func mediumOfSpeech(toks []token, n int, before []trig) bool {
	if len(before) == 0 {
		return false
	}
	v := before[len(before)-1]
	if v.noun() || !speechLemmas[v.lemma] || n-v.last > 5 {
		return false
	}
	for k := v.last + 1; k < n; k++ {
		if t := toks[k]; t.kind == tPunct || t.kind == tActor || t.kind == tWord && t.has(cClause) {
			return false
		}
	}
	return true
}

func wordAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return ""
	}
	return toks[i].low
}

func triggerAt(toks []token, i int) (trig, bool) {
	w, next := toks[i].low, wordAt(toks, i+1)
	switch {
	case (w == "press" || w == "news") && (next == "conference" || next == "convention" || next == "briefing"):
		return trig{tok: i, last: i + 1, lemma: "press conference", kind: KindStatement, form: formNoun}, true
	case (w == "phone" || w == "telephone") && !verbContext(toks, i, formBase):
		if !phoneCall(toks, i) {
			return trig{}, false // "a replacement phone began smoking": the handset
		}
		last := i
		if next == "call" || next == "conversation" || next == "calls" {
			last = i + 1
		}
		return trig{tok: i, last: last, lemma: "call", kind: KindCall, form: formNoun}, true
	}
	in := toks[i].info
	ve, isVerb := in.verb, in.isVerb
	ne, isNoun := in.noun, in.isNn
	if !isVerb && !isNoun {
		return trig{}, false
	}
	if isNoun && (!isVerb || !verbContext(toks, i, ve.form) || compoundNoun(toks, i) || ve.form == formIng && !afterBe(toks, i)) {
		return adjustNoun(toks, trig{tok: i, last: i, lemma: ne.lemma, kind: ne.kind, form: formNoun})
	}
	if !verbContext(toks, i, ve.form) || ve.form == formPast && adjectival(toks, i) {
		return trig{}, false
	}
	t, ok := adjustVerb(toks, trig{tok: i, last: i, lemma: ve.lemma, kind: ve.kind, form: ve.form})
	if !ok && isNoun && i > 0 && toks[i-1].kind == tActor && !toks[i-1].poss && ve.form == formS && ne.form == formNoun {
		// "US-Russian talks began": no verb after all, but the noun an
		// actor qualifies.
		return adjustNoun(toks, trig{tok: i, last: i, lemma: ne.lemma, kind: ne.kind, form: formNoun})
	}
	return t, ok
}

// verbContext reports whether the word at i is used as a verb: a present
// form needs a subject, auxiliary or "to" before it; no verb form follows
// a determiner ("the proposed deal", "the state").
func verbContext(toks []token, i int, f form) bool {
	j := i - 1
	for j >= 0 && toks[j].kind == tWord && isAdverb(toks[j].low) {
		j--
	}
	if j < 0 {
		return f == formPast || f == formIng
	}
	p := toks[j]
	switch p.kind {
	case tActor:
		return !p.poss || f == formPast
	case tTimex:
		// "the October 2023 attack": a date between a determiner and
		// the word qualifies a noun.
		return j == 0 || toks[j-1].kind != tWord || !toks[j-1].has(cDet)
	case tPunct:
		return f == formPast || f == formIng
	}
	switch {
	case p.has(cDet) || p.low == "'s":
		return false
	case f == formIng && (p.has(cPrep) || p.has(cClause) && p.low != "who" && p.low != "which" && p.low != "that"):
		return false // "of negotiating", "with threatening language", "once fighting stops"
	case p.low == "to" || modalsWill[p.low] || modalsMay[p.low] || p.low == "did" || p.low == "does" || p.low == "do":
		return f == formBase
	case p.has(cAux), modalsWill[p.low], modalsMay[p.low], p.has(cNeg),
		strings.HasSuffix(p.low, "n't"), strings.HasSuffix(p.low, "'ll"):
		return true
	case pronounSubject[p.low], p.low == "who", p.low == "which", p.low == "that", p.has(cCoord):
		return true
	}
	return f == formPast || f == formIng
}

// afterBe reports whether a form of "be" comes before the word at i, past
// adverbs: "is meeting" is a verb, "the Jeddah meeting" a noun.
func afterBe(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].kind == tWord && (isAdverb(toks[j].low) || toks[j].has(cNeg)) {
		j--
	}
	return j >= 0 && toks[j].kind == tWord && toks[j].has(cBe)
}

// compoundNoun reports whether the word at i, after an actor, heads a noun
// phrase the actor modifies: "the first publicly acknowledged White House
// call" (a determiner and other words before the actor), not "the White
// House demands" (the actor is the subject).
func compoundNoun(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tActor || toks[i-1].poss {
		return false
	}
	words := 0
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		t := toks[j]
		if t.kind != tWord {
			return false
		}
		if t.has(cDet) {
			return words > 0
		}
		if t.has(cBe) || haveForms[t.low] || modalsWill[t.low] || modalsMay[t.low] || t.has(cPrep) ||
			t.has(cClause) || t.has(cCoord) || pronounSubject[t.low] {
			return false
		}
		words++
	}
	return false
}

// adjectival reports whether the past participle at i modifies the noun
// after it: "the first publicly acknowledged call".
func adjectival(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].kind == tWord && isAdverb(toks[j].low) {
		j--
	}
	w := wordAt(toks, j)
	return w == "first" || w == "newly" || w == "most" || w == "least" || w == "well" || w == "widely"
}

var pronounSubject = set("he she it we they i you one who")

func isAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4 || w == "also" || w == "now" || w == "then" ||
		w == "again" || w == "still" || w == "already" || w == "just" || w == "later" ||
		w == "recently" || w == "reportedly" || w == "allegedly" || w == "once" || w == "even"
}

func adjustNoun(toks []token, t trig) (trig, bool) {
	next := wordAt(toks, t.last+1)
	switch t.lemma {
	case "call":
		if next == "for" || next == "on" {
			t.lemma, t.kind = "call for", KindDemand
		}
	case "attack":
		if t.tok > 0 && wordsOnlyAttack[toks[t.tok-1].low] {
			t.kind = KindAccusation // "a verbal attack", "a scathing attack on the government": words, no blow
		}
	}
	return t, true
}

// wordsOnlyAttack are the adjectives that make an attack one of words.
var wordsOnlyAttack = set("verbal rhetorical scathing blistering stinging withering")

func adjustVerb(toks []token, t trig) (trig, bool) {
	next := wordAt(toks, t.last+1)
	switch t.lemma {
	case "rule":
		if next != "out" {
			return t, false
		}
		t.last++
		t.lemma = "rule out"
	case "insist":
		if next == "on" || next == "upon" {
			t.lemma, t.kind = "insist on", KindDemand
			t.last++
		}
	case "call":
		switch {
		case next == "for" || next == "on":
			t.lemma, t.kind = "call for", KindDemand
			t.last++
		case next == "with" || objectFollows(toks, t.last+1):
		default:
			return t, false // "what he calls …"
		}
	case "suggest", "propose", "offer":
		if next == "that" || isQuoteAt(toks, t.last+1) {
			t.kind = KindStatement
		}
	case "see":
		// "saw Putin at the end of last week", not "sees Russia as a
		// threat" or "saw an increase".
		if !objectFollows(toks, t.last+1) || toks[t.last+1].kind != tActor || wordAt(toks, t.last+2) == "as" {
			return t, false
		}
	case "spend":
		// "spent several hours with Putin"
		if !withWithin(toks, t.last+1, 4) {
			return t, false
		}
	case "talk", "negotiate":
		if next != "with" && next != "to" {
			return t, false
		}
	case "name":
		if !objectFollows(toks, t.last+1) {
			return t, false
		}
	case "decline", "refuse":
		if next == "to" {
			return t, false // "declined to comment": the governed verb carries it
		}
	case "add":
		if next == "to" || addsThing(toks, t.last+1) {
			return t, false // "added refueling stops": no saying
		}
	case "meet":
		if next == "it" {
			return t, false // "stayed to meet it" (the storm): no one is met
		}
	case "sit":
		if next != "down" {
			return t, false
		}
		t.last++
		t.lemma = "sit down"
	case "shake":
		if next != "hands" {
			return t, false
		}
		t.last++
		t.lemma = "shake hands"
	case "strike":
		switch {
		case dealWithin(toks, t.last+1):
			t.kind = KindAgreement // "struck a deal"
		case !objectFollows(toks, t.last+1):
			return t, false // "struck a loyal tone"
		}
	}
	return t, true
}

// dealWithin reports whether a word for an agreement comes within three
// words of i: "struck a ceasefire deal".
func dealWithin(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		switch wordAt(toks, k) {
		case "deal", "agreement", "accord", "bargain", "compromise":
			return true
		}
	}
	return false
}

// objectFollows reports whether an actor or object pronoun comes at i or
// after one determiner.
func objectFollows(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+1; k++ {
		if toks[k].kind == tActor {
			// "called Putin's remarks promising", "called the US proposal
			// a positive one": the actor qualifies what is named.
			return !toks[k].poss && !qualifiesNoun(toks, k+1)
		}
		if toks[k].kind != tWord {
			return false
		}
		switch toks[k].low {
		case "him", "her", "them", "us":
			return true
		}
		if !toks[k].has(cDet) {
			return false
		}
	}
	return false
}

// expectedAt reads "was expected in Kyiv later in the week", "is due at
// the White House": a visit yet to come, by the subject.
func expectedAt(toks []token, i int) (trig, bool) {
	w, next := wordAt(toks, i), wordAt(toks, i+1)
	if (w == "expected" || w == "due") && (next == "in" || next == "at") && afterBe(toks, i) && actorAfter(toks, i+2) {
		return trig{tok: i, last: i, lemma: "visit", kind: KindVisit, form: formPast}, true
	}
	return trig{}, false
}

// actorAfter reports whether an actor starts at i, past a determiner.
func actorAfter(toks []token, i int) bool {
	if i < len(toks) && toks[i].has(cDet) {
		i++
	}
	return i < len(toks) && toks[i].kind == tActor
}

// withWithin reports whether "with" comes within n words from i, before
// any punctuation: "spent several hours with".
func withWithin(toks []token, i, n int) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if toks[k].kind == tTimex {
			continue // "several hours" may be tagged as a duration
		}
		if toks[k].kind != tWord {
			return false
		}
		if toks[k].low == "with" {
			return true
		}
	}
	return false
}

// qualifiesNoun reports whether the word at i is a noun that the actor
// before it qualifies: "US proposal", not "Putin on Tuesday".
func qualifiesNoun(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tWord {
		return false
	}
	t := toks[i]
	if t.has(cPrep) || t.has(cCoord) || t.has(cClause) || t.has(cAux) || t.has(cBe) || t.has(cNeg) || t.has(cDet) || t.has(cCue) ||
		isAdverb(t.low) || t.low == "twice" || t.low == "back" {
		return false
	}
	return t.info == nil || !t.info.isVerb
}

func isQuoteAt(toks []token, i int) bool {
	for ; i < len(toks) && toks[i].kind == tPunct; i++ {
		if isQuoteMark(toks[i]) {
			return true
		}
	}
	return false
}
