package language

import "strings"

// quotedSubject mends what was said before its speaker ("…, Sinha said"),
// whose words the parse gave the verb of saying as more subjects: the
// speaker is the subject right before the verb, and a subject before it
// is what was said or a part of it. A predicate ("'The timing couldn't be
// worse,' he said", worse with its copula and subject) is the verb's
// clause; a noun is the subject of the clause the verb took without one
// ("'The warship altered course and challenged them,' the officer
// said"), or else, between commas, an apposition of the noun before them ("The pirates are from Somalia and Yemen, two countries on the
// gulf, Sinha said").
func quotedSubject(ws []Word) {
	for v := 1; v < len(ws); v++ {
		if !takesClause(ws[v]) {
			continue
		}
		b := v - 1
		for b >= 0 && ws[b].Head-1 != v && descends(ws, b, v) {
			b--
		}
		if b < 0 || ws[b].Head-1 != v || !strings.HasPrefix(ws[b].Deprel, "nsubj") || phraseEnd(ws, b) != v-1 {
			continue
		}
		for a := leftmost(ws, b) - 1; a >= 0; a-- {
			if ws[a].Head-1 == v && strings.HasPrefix(ws[a].Deprel, "nsubj") {
				spokenSubject(ws, a, v)
			}
		}
	}
}

// spokenSubject rehangs subject a of verb of saying v, which has its
// speaker after a: see quotedSubject.
func spokenSubject(ws []Word, a, v int) {
	if hasDependent(ws, a, "cop", "nsubj") {
		ws[a].Head, ws[a].Deprel = v+1, "ccomp"
		return
	}
	for c := a + 1; c < v; c++ {
		if ws[c].Head-1 != v || ws[c].Deprel != "ccomp" && ws[c].Deprel != "parataxis" || hasSubject(ws, c) {
			continue
		}
		hangSubject(ws, a, c)
		return
	}
	lo := leftmost(ws, a)
	if lo < 2 || ws[lo-1].Form != "," || ws[closingWord(ws, a)].Form != "," || ws[a].UPOS != "NOUN" && ws[a].UPOS != "PROPN" {
		return
	}
	n := lo - 2
	for ws[n].Deprel == "conj" || ws[n].Deprel == "flat" {
		if h := ws[n].Head - 1; h >= 0 && h < n {
			n = h
			continue
		}
		break
	}
	if (ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN") && !descends(ws, n, a) {
		ws[a].Head, ws[a].Deprel = n+1, "appos"
	}
}

// thatAsObject mends "told the UN in a joint letter that the blasts had
// the strength of …", read as the letter's relative clause with "that"
// the object of a verb that has an object of its own: such a "that" opens
// a clause, and after a phrase of a verb of saying ("in a letter", "at
// the time") the clause is what was said.
func thatAsObject(ws []Word) {
	for r := 1; r < len(ws); r++ {
		v := ws[r].Head - 1
		if !strings.EqualFold(ws[r].Form, "that") || ws[r].Deprel != "obj" || v <= r || !hasOtherObject(ws, v, r) || !hasSubject(ws, v) ||
			predicativeVerbs[ws[v].Lemma] {
			continue
		}
		ws[r].Deprel, ws[r].UPOS, ws[r].XPOS, ws[r].Lemma, ws[r].Feats = "mark", "SCONJ", "IN", "that", ""
		n := ws[v].Head - 1
		if n < 0 || ws[v].Deprel != "acl:relcl" {
			continue
		}
		ws[v].Deprel = "acl" // a content clause of the noun ("charges that she had deceived patients")
		// Up from the noun through the phrase of a verb's oblique only: "in
		// a video filmed inside the headquarters that …".
		for k, hops := n, 0; hops < 3 && k >= 0; k, hops = ws[k].Head-1, hops+1 {
			if rel := ws[k].Deprel; rel != "obl" && rel != "nmod" && rel != "acl" {
				break
			}
			if s := ws[k].Head - 1; s >= 0 && takesClause(ws[s]) && ws[k].Deprel == "obl" {
				if !hasDependent(ws, s, "ccomp") {
					ws[v].Head, ws[v].Deprel = s+1, "ccomp"
				}
				break
			}
		}
	}
}

// hasOtherObject reports whether verb v has an object besides word r.
func hasOtherObject(ws []Word, v, r int) bool {
	for k := range ws {
		if k != r && ws[k].Head-1 == v && ws[k].Deprel == "obj" {
			return true
		}
	}
	return false
}

// predicativeVerbs take an object and a second noun that says what it is
// ("the particles that they called atomos"), so "that" may be the first.
var predicativeVerbs = map[string]bool{"call": true, "name": true, "dub": true, "term": true, "label": true,
	"make": true, "elect": true, "appoint": true, "declare": true, "consider": true, "deem": true, "recommend": true}

// adjectiveSpeaker mends a speaker whose noun an adjective follows with
// its phrase, which the parse read as a clause of its own or a conjunct
// of what was said: "…, people familiar with the matter said" had the
// people familiar, that clause what was said, and said no subject. After
// the last comma before a verb of saying with no subject, a noun, then an
// adjective ("familiar", "close") whose phrase runs to the verb, is the
// speaker, the adjective its modifier.
func adjectiveSpeaker(ws []Word) {
	for v := 3; v < len(ws); v++ {
		if !takesClause(ws[v]) || hasSubject(ws, v) {
			continue
		}
		c := v - 1
		for c > 0 && ws[c].Form != "," && v-c <= maxPhrase {
			c--
		}
		n := c + 1
		if ws[c].Form != "," || n+2 >= v {
			continue
		}
		if ws[n].UPOS == "DET" || ws[n].UPOS == "NUM" {
			n++ // "the people", "two people"
		}
		a := n + 1
		if ws[n].UPOS != "NOUN" || ws[a].UPOS != "ADJ" && !strings.EqualFold(ws[a].Form, "close") || !allUnder(ws, a+1, v, a) {
			continue
		}
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS, ws[a].Feats = n+1, "amod", "ADJ", "JJ", "Degree=Pos"
		if n > c+1 {
			ws[c+1].Head, ws[c+1].Deprel = n+1, "det"
			if ws[c+1].UPOS == "NUM" {
				ws[c+1].Deprel = "nummod"
			}
		}
	}
}

// closingSpeaker mends a speaker's verb that closes the sentence after a
// comma, which the parse hung inside what was said: "Khashoggi first
// went to the consulate on Sept. 28 and was told to return, he said" had
// said a conjunct of went (and dated by it); "…, "in accordance with
// plans made in advance," the prosecutor said" had said a relative clause
// of accordance. As the treebanks annotate it (38 times in 40 in their
// train sets), the verb of saying is the root and what was said its
// clausal complement. Not "as he said", nor "the man who said". The
// verb may take a phrase of its own after it ("…," Anna Berg said in a
// statement), and a subject the parse gave it inside the quote is the
// quoted verb's object again ('"we have found instances …," United
// said' had instances say).
func closingSpeaker(ws []Word) {
	v := len(ws) - 1
	for v > 0 && ws[v].UPOS == "PUNCT" {
		v--
	}
	end := v
	for v > 0 && end-v < maxSpeakerTail && (ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma]) {
		v--
	}
	for k := v + 1; k <= end; k++ {
		if ws[k].UPOS == "PUNCT" || ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" || !descends(ws, k, v) {
			return // "…, officials said, and cut power": a clause, no phrase of the saying's
		}
	}
	r := rootOf(ws)
	if v < 3 || r < 0 || r == v || ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] || hasDependent(ws, v, "cc", "mark") {
		return
	}
	switch ws[v].Deprel {
	case "conj", "acl:relcl", "advcl", "advcl:relcl", "parataxis", "xcomp":
	default:
		return
	}
	s := subjectBefore(ws, v, v)
	if s >= 0 {
		s = commaConjunct(ws, s, v)
	} else {
		s = conjunctSpeaker(ws, v)
	}
	if s < 0 || strings.Contains(ws[s].Feats, "PronType=Rel") || phraseEnd(ws, s) != v-1 {
		return
	}
	lo := leftmost(ws, s)
	for lo < s && ws[lo].UPOS == "PUNCT" {
		lo++ // the comma before the speaker, which the parse may hang on it
	}
	if lo < 2 || r >= lo || !closesQuote(ws[lo-1].Form) && ws[lo-1].Form != "," {
		return
	}
	if o := subjectBefore(ws, v, lo); o >= 0 {
		if o < r || hasDependent(ws, r, "obj") || ws[r].UPOS != "VERB" {
			return
		}
		ws[o].Head, ws[o].Deprel = r+1, "obj"
	}
	for k := v + 1; k < len(ws); k++ {
		if ws[k].Head-1 == r {
			ws[k].Head = v + 1 // the full stop
		}
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	ws[r].Head, ws[r].Deprel = v+1, "ccomp"
}

// commaConjunct returns the speaker of closing verb v when the parse made
// it a conjunct, after a comma and with no "and", of the object before it
// and that object v's subject ("has killed at least 11 people, officials
// said" had people say): the conjunct is v's subject, and s is left to
// be the quoted verb's object again. Otherwise it returns s.
func commaConjunct(ws []Word, s, v int) int {
	for c := s + 2; c < v; c++ {
		if ws[c].Head-1 != s || ws[c].Deprel != "conj" || ws[c-1].Form != "," || leftmost(ws, c) < c-1 ||
			phraseEnd(ws, c) != v-1 || hasDependent(ws, c, "cc") {
			continue
		}
		ws[c].Head, ws[c].Deprel = v+1, "nsubj"
		ws[c-1].Head = v + 1
		return c
	}
	return s
}

// conjunctSpeaker returns the speaker of closing verb v that has no
// subject when the parse made it a conjunct, with no "and", of a noun
// before the comma ("agreed to buy the farm near Riverton, Eva Falk said"
// had Eva a second Riverton), and makes it v's subject; else -1.
func conjunctSpeaker(ws []Word, v int) int {
	c := v - 1
	for c > 0 && ws[c].Form != "," {
		c--
	}
	n := c + 1
	if c < 1 || n >= v || ws[n].Deprel != "conj" || ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" || hasDependent(ws, n, "cc") {
		return -1
	}
	for k := n + 1; k < v && ws[n].UPOS == "PROPN"; k++ {
		// "Eva Falk" may have Falk hung on Riverton beside Eva
		if h := ws[k].Head - 1; ws[k].UPOS != "PROPN" || h != ws[n].Head-1 && h != n {
			break
		}
		ws[k].Head, ws[k].Deprel = n+1, "flat"
	}
	if phraseEnd(ws, n) != v-1 {
		return -1
	}
	ws[n].Head, ws[n].Deprel = v+1, "nsubj"
	ws[c].Head = v + 1
	return n
}

// maxSpeakerTail bounds the phrase a closing verb of saying takes after
// it ("in a statement on Monday").
const maxSpeakerTail = 8

// subjectBefore returns the last subject of verb v before word b, or -1.
func subjectBefore(ws []Word, v, b int) int {
	for k := b - 1; k >= 0; k-- {
		if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
			return k
		}
	}
	return -1
}

// speakingVerbs are the verbs that name a speaker after what was said
// (not "…, you know?").
var speakingVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell report announce claim state add insist confirm deny admit
		acknowledge allege argue warn write testify explain note reveal reply recall`) {
		speakingVerbs[w] = true
	}
}

// closesQuote reports whether form is a closing quotation mark.
func closesQuote(form string) bool {
	switch form {
	case "\"", "”", "''", "’":
		return true
	}
	return false
}

// midSpeaker mends a speaker set off by commas in the middle of what was
// said, before "and" or "but" and a second verb with no subject: "Francis
// telephoned his predecessor on Wednesday, the spokesman said, and will
// visit him in the coming days" had the visit a clause of the saying, the
// spokesman's. The verb after the conjunction is the first verb's
// conjunct, with its subject, and the speaker's verb a parenthetical
// (parataxis, as the treebanks have a speaker inside a sentence).
func midSpeaker(ws []Word) {
	for v := 3; v+3 < len(ws); v++ {
		if ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] || ws[v+1].Form != "," || ws[v+2].Lemma != "and" && ws[v+2].Lemma != "but" {
			continue
		}
		s, r := subjectOf(ws, v), ws[v].Head-1
		if s < 0 || phraseEnd(ws, s) != v-1 || !setOff(ws, s) || r < 0 || r >= leftmost(ws, s) || ws[r].UPOS != "VERB" {
			continue
		}
		c := clauseVerbAt(ws, v+3)
		if c < 0 || ws[c].Head-1 != v || hasSubject(ws, c) || speakingVerbs[ws[c].Lemma] {
			continue // "…, he said, and alleged the suspect had fled": the speaker's
		}
		ws[v].Deprel = "parataxis"
		ws[c].Head, ws[c].Deprel = r+1, "conj"
		ws[v+1].Head, ws[v+2].Head, ws[v+2].Deprel = c+1, c+1, "cc"
	}
}

// clauseBeforeSpeaker mends a sentence that a speaker closes after a
// comma, whose first clause's verb the parse hung inside its subject's
// phrase and whose subject it gave the verb of saying: "Efforts to raise
// capital or find a buyer failed overnight, two people familiar with the
// talks said" had the efforts say, and failed a clause of raise. The
// finite verb with no subject of its own in the subject's phrase before
// the comma is that clause's verb, the subject its subject, and the
// clause what was said; the speaker after the comma is then found as
// any other (adjectiveSpeaker, trailingSpeaker).
func clauseBeforeSpeaker(ws []Word) {
	v := len(ws) - 1
	for v > 0 && ws[v].UPOS == "PUNCT" {
		v--
	}
	if v < 4 || ws[v].Deprel != "root" || !speakingVerbs[ws[v].Lemma] {
		return
	}
	c := v - 1
	for c > 0 && ws[c].Form != "," && v-c <= maxPhrase {
		c--
	}
	s := -1
	for k := 0; k < c; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			s = k // the subject before the comma, "police" after it may be one too
			break
		}
	}
	if s < 0 || ws[c].Form != "," || c+1 >= v {
		return
	}
	f := -1
	for k := s + 1; k < c; k++ {
		if ws[k].UPOS == "VERB" && !hasSubject(ws, k) && descends(ws, k, s) && !underRelative(ws, k, s) &&
			(finite(ws[k].XPOS) || pastAsAdverbial(ws, k) || pastAsPredicate(ws, k, c)) {
			f = k
			break
		}
	}
	if f < 0 {
		return
	}
	if ws[f].XPOS == "VBN" {
		makePast(ws, f, s)
	}
	ws[s].Head = f + 1
	ws[f].Head, ws[f].Deprel = v+1, "ccomp"
	ws[c].Head = v + 1
}

// pastAsAdverbial reports whether verb k, tagged a participle, may be a
// past tense the parse took for one: an adverbial clause in -ed with no
// auxiliary ("Efforts to raise capital failed overnight").
func pastAsAdverbial(ws []Word, k int) bool {
	return ws[k].XPOS == "VBN" && ws[k].Deprel == "advcl" && strings.HasSuffix(ws[k].Form, "ed") && !hasDependent(ws, k, "aux", "aux:pass", "mark")
}

// underRelative reports whether word k lies in a relative clause below
// word s ("the man who took the money"); a conjunct of the clause's verb
// is no part of it when the verb of saying has no clause ("The man who
// took the money ran away, police said").
func underRelative(ws []Word, k, s int) bool {
	for h, hops := k, 0; h >= 0 && h != s && hops < len(ws); h, hops = ws[h].Head-1, hops+1 {
		if strings.HasPrefix(ws[h].Deprel, "acl:relcl") {
			return h != k && !(ws[k].Deprel == "conj" && ws[k].Head-1 == h)
		}
	}
	return false
}
