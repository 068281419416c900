package tagger

import "strings"

// rule rewrites the end of a word into its lemma: strip bytes off, add
// a string on.
type rule struct {
	strip uint8
	add   string
}

// maxSuffix is the longest suffix a lemma rule is keyed by.
const maxSuffix = 7

// lemmatizer makes the lemma of a word the lexicon lacks, from rules
// learned per class and keyed by the word's lowercase suffix: the rule of
// the longest suffix seen is taken (as UDPipe's lemmatizer does).
type lemmatizer struct {
	rules []rule
	// suffixes maps suffixKey(class, suffix) to a rule; a suffix is kept
	// only where its rule differs from that of the suffix one byte
	// shorter.
	suffixes map[uint64]uint32
	// keep says, per class and capitalisation (caseBucket), whether a
	// capitalised word keeps its capitals in its lemma ("Paris", "NASA")
	// or not ("The", "Running").
	keep []bool
}

// Capitalisations of a word, for lemmatizer.keep.
const (
	capTitle = iota
	capAll
	capOther
	capFirst = 3 // added for the first word of a sentence
	nCaps    = 6
)

func caseBucket(flags uint64) int {
	b := capOther
	switch {
	case flags&flAllCaps != 0:
		b = capAll
	case flags&flTitle != 0:
		b = capTitle
	}
	if flags&flFirst != 0 {
		b += capFirst
	}
	return b
}

// suffixKey hashes class c and the last k bytes of low.
func suffixKey(c int, low []byte, k int) uint64 {
	return mix(hashBytes(low, len(low)-k, len(low), uint64(k)), uint64(c+1)*mulT)
}

// lemma returns the lemma of word i, form w, of class c.
func (t *Tagger) lemma(i int, w string, c int) string {
	lex := &t.m.lex
	if x := t.m.classes[c].XPOS; x == "VBD" || x == "VBN" {
		// Before the lexicon, which learned some from annotation slips
		// (GUM lemmatises "fled" as "flead" three times in four).
		t.low = appendLower(t.low[:0], w)
		if l, ok := irregularPast[string(t.low)]; ok {
			return l
		}
	}
	if e := t.exact[i+2]; e >= 0 {
		if rs := lex.ofClass(e, c); len(rs) > 0 {
			return rs[0].lemma
		}
	}
	flags := t.hash[i+2].flags
	keep := false
	if flags&flUpper != 0 {
		keep = t.m.lem.keep[c*nCaps+caseBucket(flags)]
	}
	if e := t.lower[i+2]; e >= 0 && !keep {
		if rs := lex.ofClass(e, c); len(rs) > 0 {
			return rs[0].lemma
		}
	}
	t.low = appendLower(t.low[:0], w)
	r := t.m.lem.find(c, t.low)
	if keep {
		return w[:len(w)-int(r.strip)] + r.add
	}
	if flags&flUpper == 0 {
		if l, ok := wordNetLemma(t.low, r, t.m.classes[c].UPOS); ok {
			return l
		}
		return w[:len(w)-int(r.strip)] + r.add
	}
	return string(t.low[:len(t.low)-int(r.strip)]) + r.add
}

// find returns the rule of the longest suffix of low known for class c.
func (l *lemmatizer) find(c int, low []byte) rule {
	for k := min(len(low), maxSuffix); k >= 0; k-- {
		if r, ok := l.suffixes[suffixKey(c, low, k)]; ok && int(l.rules[r].strip) <= len(low) {
			return l.rules[r]
		}
	}
	return rule{}
}

// ruleOf returns the rule that turns form into lemma, both lowercase, and
// false when the form is too long to strip.
func ruleOf(form, lemma string) (rule, bool) {
	p := 0
	for p < len(form) && p < len(lemma) && form[p] == lemma[p] {
		p++
	}
	if len(form)-p > 255 {
		return rule{}, false
	}
	return rule{strip: uint8(len(form) - p), add: lemma[p:]}, true
}

// lowerASCII returns s with its ASCII capitals made small.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return string(appendLower(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// isCapitalised reports whether a lemma keeps a capital letter.
func isCapitalised(lemma string) bool { return strings.ToLower(lemma) != lemma }
