package tagger

import (
	"bytes"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// WordNet classes stand in for the ambiguity class of a word the training
// data saw too rarely to give it one: whether WordNet knows the word as a
// noun or a verb, as it is written or once an inflection is stripped
// ("pixels" a plural noun, "cooked" a past verb, "Foley" nothing). About
// a fifth of the tagger's errors are such words; with these classes UPOS
// on gold words rose on EWT dev 95.18 → 95.25 and on GUM dev 96.53 → 96.83.
const (
	wnNoun = 1 << iota
	wnNounInflected
	wnVerb
	wnVerbInflected
	wnSeen = 1 << 8 // marks the class apart from the lexicon's
)

// maxWNWord bounds the words looked up.
const maxWNWord = 30

// wnClass returns the WordNet class of a rare or unknown word, lowercased.
func wnClass(low []byte) uint64 {
	if len(low) < 3 || len(low) > maxWNWord {
		return wnSeen
	}
	var c uint64
	noun, verb := wn.PartsOfSpeech(low)
	if noun {
		c |= wnNoun
	}
	if verb {
		c |= wnVerb
	}
	if _, ok := irregularPast[string(low)]; ok {
		c |= wnVerbInflected
	}
	var buf [maxWNWord + 4]byte
	for _, r := range inflections {
		stem, ok := bytes.CutSuffix(low, r.suffix)
		if !ok || len(stem) < 2 {
			continue
		}
		noun, verb := wn.PartsOfSpeech(append(append(buf[:0], stem...), r.add...))
		if r.noun && noun {
			c |= wnNounInflected
		}
		if r.verb && verb {
			c |= wnVerbInflected
		}
	}
	return wnSeen | c
}

// inflections are the English endings WordNet's morphy strips.
var inflections = []struct {
	suffix, add []byte
	noun, verb  bool
}{
	{[]byte("s"), nil, true, true}, {[]byte("es"), nil, true, true}, {[]byte("ies"), []byte("y"), true, true},
	{[]byte("ed"), nil, false, true}, {[]byte("ed"), []byte("e"), false, true}, {[]byte("ied"), []byte("y"), false, true},
	{[]byte("ing"), nil, false, true}, {[]byte("ing"), []byte("e"), false, true},
	{[]byte("men"), []byte("man"), true, false},
}

// wordNetLemma checks the suffix rule r's lemma of a lowercase word the
// lexicon lacks against WordNet: when WordNet does not know it as a noun
// or verb of the word's part of speech but knows a form that an English
// inflection strips to ("chaired" is "chair", not the rule's "chaire"),
// that form is the lemma. ok is false when the rule's lemma stands.
func wordNetLemma(low []byte, r rule, upos string) (lemma string, ok bool) {
	noun := upos == "NOUN"
	if !noun && upos != "VERB" || len(low) > maxWNWord || int(r.strip) > len(low) {
		return "", false
	}
	var buf [maxWNWord + 4]byte
	known := func(w []byte) bool {
		n, v := wn.PartsOfSpeech(w)
		return noun && n || !noun && v
	}
	if known(append(append(buf[:0], low[:len(low)-int(r.strip)]...), r.add...)) {
		return "", false
	}
	for _, in := range inflections {
		stem, cut := bytes.CutSuffix(low, in.suffix)
		if !cut || len(stem) < 2 || noun && !in.noun || !noun && !in.verb {
			continue
		}
		if w := append(append(buf[:0], stem...), in.add...); known(w) {
			return string(w), true
		}
	}
	if !noun {
		// A verb doubles its last consonant before -ed and -ing
		// ("patrolled", "patrolling"), and a final c takes a k
		// ("panicked"), which morphy's endings do not undo.
		for _, suffix := range [][]byte{[]byte("ed"), []byte("ing")} {
			stem, cut := bytes.CutSuffix(low, suffix)
			if n := len(stem); cut && n >= 4 && (stem[n-1] == stem[n-2] || stem[n-2] == 'c' && stem[n-1] == 'k') {
				if w := append(buf[:0], stem[:n-1]...); known(w) {
					return string(w), true
				}
			}
		}
	}
	return "", false
}

// irregularPast maps the past tenses and participles of English irregular
// verbs to their verb, as WordNet's exception lists (not embedded) do for
// morphy: without them a rare one was a word of no class, tagged by its
// spelling ("Two men hid", "the rebels withdrew", "Armed robbers stole
// diamonds" read hid and withdrew as adjectives, stole as a noun), and
// lemmatised by the suffix rules of regular verbs ("fled" was "flead",
// "bled" "ble", "slew" "slow"). Only a past tense or participle is read
// through it, since some forms are also another verb's base ("to wound",
// "to bore").
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for line := range strings.Lines(`arise arose arisen
		awake awoke awoken
		bear bore borne
		beat beaten
		become became
		begin began begun
		bend bent
		bite bit bitten
		bleed bled
		blow blew blown
		break broke broken
		breed bred
		bring brought
		build built
		burn burnt
		buy bought
		catch caught
		choose chose chosen
		cling clung
		deal dealt
		dig dug
		dive dove
		draw drew drawn
		dream dreamt
		drink drank drunk
		drive drove driven
		eat ate eaten
		fall fell fallen
		feed fed
		feel felt
		fight fought
		flee fled
		fling flung
		fly flew flown
		forbid forbade forbidden
		foresee foresaw foreseen
		forget forgot forgotten
		forgive forgave forgiven
		freeze froze frozen
		get got gotten
		give gave given
		go gone
		grind ground
		grow grew grown
		hang hung
		hear heard
		hide hid hidden
		hold held
		kneel knelt
		know knew known
		lay laid
		lead led
		leap leapt
		lend lent
		lie lain
		lose lost
		mean meant
		meet met
		mislead misled
		mistake mistook mistaken
		overcome overcame
		overrun overran
		oversee oversaw overseen
		overtake overtook overtaken
		overthrow overthrew overthrown
		pay paid
		prove proven
		rebuild rebuilt
		retake retook retaken
		rewrite rewrote rewritten
		ride rode ridden
		ring rang rung
		rise rose risen
		run ran
		seek sought
		sell sold
		send sent
		shake shook shaken
		shine shone
		shoot shot
		show shown
		shrink shrank shrunk
		sing sang sung
		sink sank sunk
		sit sat
		slay slew slain
		sleep slept
		slide slid
		sling slung
		speak spoke spoken
		speed sped
		spend spent
		spin spun
		spit spat
		spring sprang sprung
		stand stood
		steal stole stolen
		stick stuck
		sting stung
		stink stank
		stride strode
		strike struck
		string strung
		strive strove striven
		swear swore sworn
		sweep swept
		swim swam swum
		swing swung
		take took taken
		teach taught
		tear tore torn
		tell told
		think thought
		throw threw thrown
		tread trod trodden
		understand understood
		undertake undertook undertaken
		undo undid undone
		uphold upheld
		wake woke woken
		wear wore worn
		weave wove woven
		weep wept
		win won
		wind wound
		withdraw withdrew withdrawn
		withhold withheld
		withstand withstood
		write wrote written`) {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			m[form] = f[0]
		}
		if len(f) == 3 || !strings.HasSuffix(f[1], "n") {
			pastTense[f[1]] = true // not a participle: "beaten", "gone"
		}
	}
	return m
}()

// pastTense are the forms of irregularPast that are past tenses.
var pastTense = map[string]bool{}

// adjectivePast retags as a past verb an irregular past tense read as an
// adjective right after a subject, with no finite verb before it in its
// clause ("Two armed men stole jewellery": a participle such as "stolen"
// is an adjective, a past tense is not).
func (t *Tagger) adjectivePast(words []string) {
	for i := 1; i < len(words); i++ {
		if t.xpos(i) != "JJ" || !subjectEnd[t.xpos(i-1)] || !pastTense[strings.ToLower(words[i])] || t.finiteInClause(i, -1) {
			continue
		}
		if vbd := t.m.classOf("VERB", "VBD"); vbd >= 0 {
			t.cls[i+2] = int32(vbd + 1)
		}
	}
}

// coordinatedPast retags as a past verb a singular noun that is joined by
// "and" to a past verb, after a subject, when the word is a past form
// ("A police officer shot and killed a man", "A car hit and injured two
// people"): a noun is no conjunct of a finite verb, and the tagger, which
// reads "officer shot" as a compound, errs most on these forms.
func (t *Tagger) coordinatedPast(words []string) {
	for i := 1; i+2 < len(words); i++ {
		c, next := int(t.cls[i+2]-1), t.m.classes[t.cls[i+4]-1].XPOS
		if t.m.classes[c].XPOS != "NN" || next != "VBD" && next != "VBN" || !t.m.nominal[t.cls[i+1]-1] ||
			!strings.EqualFold(words[i+1], "and") {
			continue
		}
		t.low = appendLower(t.low[:0], words[i])
		_, ok := irregularPast[string(t.low)]
		if vbd := t.m.classOf("VERB", "VBD"); (ok || samePast[string(t.low)]) && vbd >= 0 {
			// The participle after it is as finite: "hit and injured".
			t.cls[i+2], t.cls[i+4] = int32(vbd+1), int32(vbd+1)
		}
	}
}

// classOf returns the class of a UPOS and XPOS, or -1.
func (m *Model) classOf(upos, xpos string) int {
	for c, a := range m.classes {
		if a.UPOS == upos && a.XPOS == xpos {
			return c
		}
	}
	return -1
}

// objectPast retags as a past verb a participle that follows a subject
// and takes an object, in a clause with no other finite verb
// ("Demonstrators set fire to two cars, and police detained 19 people"
// read set and detained as participles of reduced relatives): a passive
// participle takes no object without an auxiliary. A participle with no
// object stays, since a headline's "Ten people killed in blast" is one.
func (t *Tagger) objectPast(words []string) {
	vbd := -1
	for i := 1; i+1 < len(words); i++ {
		if t.xpos(i) != "VBN" || !subjectEnd[t.xpos(i-1)] || !objectStart[t.xpos(i+1)] ||
			timeWords[strings.ToLower(words[i+1])] || t.finiteInClause(i, -1) || t.finiteInClause(i, 1) {
			continue
		}
		if vbd < 0 {
			if vbd = t.m.classOf("VERB", "VBD"); vbd < 0 {
				return
			}
		}
		t.cls[i+2] = int32(vbd + 1)
	}
}

// mainPast retags as a past verb the first participle of a sentence that
// has no finite verb of its own: after a subject, with no finite verb
// before it nor after it before a subordinate clause opens ("Hundreds of
// protesters marched through the city on Sunday night, a day after police
// shot a man" read marched as a reduced relative). A sentence without a
// full stop is left alone: a headline's "Ten people killed in blast" is a
// participle, and so is one before "by" or "as" ("the river known as").
func (t *Tagger) mainPast(words []string) {
	n := len(words)
	if n < 3 || words[n-1] != "." {
		return
	}
	for i := 0; i < n; i++ {
		switch x := t.xpos(i); x {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VBN":
			if i == 0 || !subjectEnd[t.xpos(i-1)] || passiveNext[strings.ToLower(words[i+1])] || t.finiteInMain(words, i) {
				return
			}
			if vbd := t.m.classOf("VERB", "VBD"); vbd >= 0 {
				t.cls[i+2] = int32(vbd + 1)
			}
			return
		}
	}
}

// finiteInMain reports whether a finite verb follows word i before a
// subordinate clause opens or the sentence ends.
func (t *Tagger) finiteInMain(words []string, i int) bool {
	for j := i + 1; j < len(words); j++ {
		switch t.xpos(j) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "WDT", "WP":
			return false
		case "IN":
			if subordinators[strings.ToLower(words[j])] {
				return false
			}
		}
	}
	return false
}

// passiveNext are the words after a participle that mark it passive: its
// agent ("done by the US") or its name ("the river known as").
var passiveNext = map[string]bool{"by": true, "as": true}

// subordinators open a clause of their own.
var subordinators = map[string]bool{"after": true, "before": true, "when": true, "as": true, "because": true,
	"while": true, "since": true, "until": true, "although": true, "though": true, "if": true, "once": true, "that": true}

// xpos is the XPOS of word i's class.
func (t *Tagger) xpos(i int) string { return t.m.classes[t.cls[i+2]-1].XPOS }

// finiteInClause reports whether a finite verb, a modal or a relative
// word stands before word i (dir -1) or after it (dir 1) in its clause,
// which ends at a comma, a semicolon, a conjunction or the sentence's end.
func (t *Tagger) finiteInClause(i, dir int) bool {
	n := len(t.cls) - 4
	for j := i + dir; j >= 0 && j < n; j += dir {
		switch t.xpos(j) {
		case ",", ":", "CC", ".":
			return false
		case "VBD", "VBZ", "VBP", "MD", "WDT", "WP":
			return true
		}
	}
	return false
}

// subjectEnd are the tags a subject ends with; objectStart those a
// direct object opens with, unless it is a word of time ("an assessment
// released today", "the report released this week").
var (
	subjectEnd  = map[string]bool{"NN": true, "NNS": true, "NNP": true, "NNPS": true, "PRP": true}
	objectStart = map[string]bool{"DT": true, "CD": true, "PRP$": true, "NN": true, "NNS": true}
	timeWords   = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true,
		"this": true, "last": true, "next": true, "each": true, "every": true}
)

// samePast are the irregular verbs whose past is their base form, which
// irregularPast leaves out since their lemma is the form itself.
var samePast = map[string]bool{
	"beat": true, "burst": true, "cast": true, "cut": true, "hit": true, "hurt": true, "put": true,
	"quit": true, "set": true, "shed": true, "shut": true, "split": true, "spread": true,
}
