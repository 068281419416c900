package lexicon

// Other is the kind of a word that names no event kind of the lexicon.
const Other = "other"

// maxLemma bounds the lemmas that are normalised on the stack; longer
// ones (WordNet's longest is 71 bytes) are looked up as given.
const maxLemma = 80

// find returns the entry of a lemma, or nil.
func (l *lexicon) find(lemma string) *entry {
	if i := l.lookup(lemma); i >= 0 {
		return &l.entries[i]
	}
	return nil
}

// lookup returns the index of a lemma, tolerating capitals and
// underscores for spaces ("Step_down" is "step down"), or -1.
func (l *lexicon) lookup(lemma string) int32 {
	if i, ok := l.index.get(lemma); ok {
		return i
	}
	if len(lemma) > maxLemma || !needsFolding(lemma) {
		return -1
	}
	var buf [maxLemma]byte
	b := fold(buf[:0], lemma)
	if i, ok := l.index.getBytes(b); ok {
		return i
	}
	return -1
}

// fold appends s to dst in lower case with spaces for underscores.
func fold(dst []byte, s string) []byte {
	for i := range len(s) {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '_':
			c = ' '
		}
		dst = append(dst, c)
	}
	return dst
}

func needsFolding(s string) bool {
	for i := range len(s) {
		if c := s[i]; c >= 'A' && c <= 'Z' || c == '_' {
			return true
		}
	}
	return false
}

// gerundVerb returns the index of the verb an unlisted "-ing" noun is
// made from ("hiring" → hire, "shelling" → shell, "stopping" → stop,
// "dying" → die), or -1. WordNet lists only the gerunds that took on a
// meaning of their own; the rest name the verb's event.
func (l *lexicon) gerundVerb(w string) int32 {
	if len(w) < 5 || len(w) > maxLemma || w[len(w)-3:] != "ing" {
		return -1
	}
	stem := w[:len(w)-3]
	var buf [maxLemma + 2]byte
	try := func(parts ...string) int32 {
		b := buf[:0]
		for _, p := range parts {
			b = fold(b, p)
		}
		if i, ok := l.index.getBytes(b); ok && l.entries[i].vclass != 0 {
			return i
		}
		return -1
	}
	n := len(stem)
	if i := try(stem); i >= 0 {
		return i
	}
	if i := try(stem, "e"); i >= 0 {
		return i
	}
	if n >= 2 && stem[n-1] == stem[n-2] {
		if i := try(stem[:n-1]); i >= 0 {
			return i
		}
	}
	if stem[n-1] == 'y' {
		return try(stem[:n-1], "ie")
	}
	return -1
}

// noun returns the entry of a noun: the lemma's own, or for an unlisted
// gerund, its verb's (with gerund set).
func (l *lexicon) noun(lemma string) (e *entry, verb int32) {
	if e = l.find(lemma); e != nil && e.nclass != 0 {
		return e, -1
	}
	if i := l.gerundVerb(lemma); i >= 0 {
		return &l.entries[i], i
	}
	return e, -1
}

// VerbClass returns the WordNet lexicographer class of the verb's most
// frequent sense ("communication", "contact", "motion", "social",
// "possession", "change", "competition", "creation", "cognition",
// "stative", "perception", "consumption", "body", "emotion", "weather"),
// or "" when the lemma is not a WordNet verb.
func VerbClass(lemma string) string {
	l := lex()
	if e := l.find(lemma); e != nil {
		return l.classes[e.vclass]
	}
	return ""
}

// NounClass returns the WordNet lexicographer class of the noun's most
// frequent sense ("act", "event", "communication", "phenomenon",
// "process", "state", "group", "person", "location", "artifact", …), or ""
// when the lemma is not a WordNet noun.
func NounClass(lemma string) string {
	l := lex()
	if e := l.find(lemma); e != nil {
		return l.classes[e.nclass]
	}
	return ""
}

// IsEventNoun reports whether the noun names something that happens
// ("meeting", "talks", "ouster", "verdict", "earthquake", "ceasefire"),
// as decided at generation time (see the package documentation). An
// unlisted gerund of a WordNet verb ("hiring", "sacking") is an event
// noun unless the verb is stative.
func IsEventNoun(lemma string) bool {
	l := lex()
	e, verb := l.noun(lemma)
	if verb >= 0 {
		return l.classes[e.vclass] != "stative"
	}
	return e != nil && e.event
}

// Verbs returns the verbs derivationally related to the noun, most
// frequent sense first (meeting → meet; resignation → resign; ouster →
// oust; talks → talk). A gerund WordNet lists without a link, or does not
// list, gets its verb (stopping → stop; hiring → hire). The slice is
// shared: do not modify it.
func Verbs(noun string) []string {
	l := lex()
	e, verb := l.noun(noun)
	if e != nil && verb < 0 && e.nVerbs > 0 {
		return l.strSpan(e.verbs())
	}
	if verb < 0 {
		verb = l.gerundVerb(noun)
	}
	if verb < 0 {
		return nil
	}
	return l.names[verb : verb+1 : verb+1]
}

// Nouns returns the nouns derivationally related to the verb, most
// frequent sense first (meet → meeting, …; attack → attack, attacker).
// The slice is shared: do not modify it.
func Nouns(verb string) []string {
	l := lex()
	if e := l.find(verb); e != nil {
		return l.strSpan(e.nouns())
	}
	return nil
}

// Kind returns Storyline's event kind for a verb (noun false) or a noun
// (noun true): "meeting", "call", "statement", "announcement",
// "agreement", "rejection", "proposal", "demand", "appointment",
// "dismissal", "resignation", "hiring", "attack", "accusation", "warning",
// "visit", "legal", "arrest", "transaction", "election", "disaster",
// "protest", "death", "movement", or Other. When the lemma is not listed
// in the part of speech asked for, the other one answers (a parser that
// tags "strike" as a verb in a headline still gets a kind).
func Kind(lemma string, noun bool) string {
	if k := Kinds(lemma, noun); len(k) > 0 {
		return k[0]
	}
	return Other
}

// Kinds returns the distinct kinds of the word's first senses in WordNet's
// frequency order, Kind's answer first ("fire": attack, dismissal;
// "dismiss": rejection, dismissal), so a caller can pick by the arguments
// (a person fired is dismissed). Nil when none applies. The slice is
// shared: do not modify it.
func Kinds(lemma string, noun bool) []string {
	l := lex()
	var e *entry
	if noun {
		var verb int32
		if e, verb = l.noun(lemma); verb >= 0 {
			return l.kindLists[e.vkinds]
		}
	} else {
		e = l.find(lemma)
	}
	if e == nil {
		return nil
	}
	first, second := e.vkinds, e.nkinds
	if noun {
		first, second = second, first
	}
	if (noun && e.nclass == 0) || (!noun && e.vclass == 0) {
		first = second
	}
	return l.kindLists[first]
}

// Related reports whether two lemmas (verbs or nouns, in any mix) may name
// the same kind of event: they are the same word, or derivationally
// related (meet/meeting, resign/resignation), or among their first four
// senses of each part of speech one sense of a equals one of b's (quake
// and earthquake are one synset; attack and assault share assail.v.01),
// is a hypernym of one of b's one or two steps up (murder.v.01 is a kind of
// kill.v.01; a tremor is an earthquake; murder < homicide < killing), or is
// derivationally linked to one of b's (talks, a negotiation, and
// negotiate). Related is symmetric. It is lexical only: "talks" and
// "meeting" are not related (WordNet files talks as a discussion), though
// both are of kind meeting; compare Kind for that.
func Related(a, b string) bool {
	if a == b {
		return a != ""
	}
	l := lex()
	ea, na := l.related(a)
	eb, nb := l.related(b)
	if ea == nil || eb == nil {
		return false
	}
	if na == nb || l.derives(ea, nb) || l.derives(eb, na) {
		return true
	}
	sa, sb := l.idSpan(ea.senses()), l.idSpan(eb.senses())
	return overlap(sa, sb) || overlap(sa, l.idSpan(eb.near())) || overlap(l.idSpan(ea.near()), sb)
}

// Senses returns numbers for the word's first senses (those Related
// compares; senses no other word shares are left out), so that a caller
// can file words by sense: two words that share a number are Related
// (quake and earthquake; hit and strike). Nil for an unknown word. The
// slice is shared: do not modify it.
func Senses(lemma string) []uint32 {
	l := lex()
	if e, _ := l.related(lemma); e != nil {
		return l.idSpan(e.senses())
	}
	return nil
}

// related resolves a lemma for Related: its entry and canonical name, or
// for an unlisted gerund, its verb's.
func (l *lexicon) related(w string) (*entry, string) {
	if i := l.lookup(w); i >= 0 {
		return &l.entries[i], l.names[i]
	}
	if i := l.gerundVerb(w); i >= 0 {
		return &l.entries[i], l.names[i]
	}
	return nil, ""
}

// derives reports whether name is among e's derivationally related words.
func (l *lexicon) derives(e *entry, name string) bool {
	for _, w := range l.strSpan(e.verbs()) {
		if w == name {
			return true
		}
	}
	for _, w := range l.strSpan(e.nouns()) {
		if w == name {
			return true
		}
	}
	return false
}

func overlap(a, b []uint32) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// PartsOfSpeech reports whether WordNet has word, a lower-case lemma, as a
// noun and as a verb. It takes bytes so that a caller trying stems of an
// inflected word needs no string for each.
func PartsOfSpeech(word []byte) (noun, verb bool) {
	l := lex()
	i, ok := l.index.getBytes(word)
	if !ok {
		return false, false
	}
	e := &l.entries[i]
	return e.nclass != 0, e.vclass != 0
}
