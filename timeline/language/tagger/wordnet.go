package tagger

import (
	"bytes"

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
	if irregularPast[string(low)] {
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
	return "", false
}

// irregularPast are the past tenses and participles of English irregular
// verbs, which morphy reaches only through WordNet's exception lists (not
// embedded): without them a rare one was a word of no class, tagged by
// its spelling ("Two men hid", "the rebels withdrew", "Armed robbers stole
// diamonds" read hid and withdrew as adjectives, stole as a noun).
var irregularPast = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range bytes.Fields([]byte(`arose arisen awoke awoken bore borne beaten became began begun bent bit bitten
		bled blew blown broke broken bred brought built burnt bought caught chose chosen clung dealt dug dove drew drawn
		dreamt drank drunk drove driven ate eaten fell fallen fed felt fought fled flung flew flown forbade forbidden
		forgot forgotten forgave forgiven foresaw foreseen froze frozen got gotten gave given gone ground grew grown
		hung heard hid hidden held knelt knew known laid led leapt lent lain lost meant met mistook mistaken misled
		overcame overran oversaw overseen overthrew overthrown overtook overtaken paid proven rode ridden rang rung rose
		risen ran sold sent shook shaken shone shot shown shrank shrunk sang sung sank sunk sat slept slew slain slid
		slung sought spoke spoken sped spent spun spat sprang sprung stood stole stolen stuck stung stank strode struck
		strung strove striven swore sworn swept swam swum swung took taken taught tore torn told thought threw thrown
		trod trodden understood undertook undertaken undid undone upheld withdrew withdrawn withheld withstood woke
		woken wore worn wove woven wept won wound wrote written rebuilt retook retaken rewrote rewritten`)) {
		m[string(w)] = true
	}
	return m
}()
