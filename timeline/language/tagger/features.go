package tagger

import "github.com/storyline/storyline/timeline/language/perceptron"

// Each word's strings are hashed once per sentence (form, suffixes,
// prefixes, shape); a feature then costs a multiply and a shift per value
// mixed into its template, not a pass over the strings.

const (
	mulT = 0x9e3779b97f4a7c15
	mulV = 0xff51afd7ed558ccd
	fnvO = 14695981039346656037
	fnvP = 1099511628211
)

func tmpl(id int) uint64 { return uint64(id+1) * mulT }

func mix(h, v uint64) uint64 {
	h = (h ^ v) * mulV
	return h ^ h>>32
}

func f1(t int, a uint64) perceptron.Feature { return perceptron.Feature(mix(tmpl(t), a)) }
func f2(t int, a, b uint64) perceptron.Feature {
	return perceptron.Feature(mix(mix(tmpl(t), a), b))
}
func f3(t int, a, b, c uint64) perceptron.Feature {
	return perceptron.Feature(mix(mix(mix(tmpl(t), a), b), c))
}

// Hashes of the padding around a sentence.
const (
	hStart  = 0x51a7
	hStart2 = 0x51a8
	hEnd    = 0xe4d0
	hEnd2   = 0xe4d1
	// hUnknown stands for every word not in the lexicon.
	hUnknown = 0x3c3c
)

// wordHash holds what the features need of one word.
type wordHash struct {
	w     uint64 // lowercase, digits as 0
	suf   [4]uint64
	pre   [3]uint64
	shape uint64
	flags uint64
	amb   uint64 // the word's ambiguity class, 0 when rare or unseen
}

// Flags of a word's spelling.
const (
	flUpper   = 1 << iota // a capital letter somewhere
	flTitle               // a capital first
	flAllCaps             // capitals only (two or more letters)
	flDigit
	flHyphen
	flPeriod
	flNonASCII
	flFirst // the first word of the sentence
)

// hashWord fills h for form, with lower its ASCII lowercase.
func hashWord(h *wordHash, form string, lower []byte, first bool) {
	var fl uint64
	if first {
		fl |= flFirst
	}
	x := uint64(fnvO)
	letters, caps := 0, 0
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		switch {
		case c >= '0' && c <= '9':
			fl |= flDigit
			c = '0'
		case c >= 'a' && c <= 'z':
			letters++
			if form[i] != c {
				caps++
				fl |= flUpper
				if i == 0 {
					fl |= flTitle
				}
			}
		case c == '-':
			fl |= flHyphen
		case c == '.':
			fl |= flPeriod
		case c >= 0x80:
			fl |= flNonASCII
		}
		x = (x ^ uint64(c)) * fnvP
	}
	if caps == letters && letters > 1 {
		fl |= flAllCaps
	}
	h.w = mix(x, uint64(len(lower)))
	h.flags = fl
	for k := range h.suf {
		h.suf[k] = hashBytes(lower, max(len(lower)-k-1, 0), len(lower), uint64(k+1))
	}
	for k := range h.pre {
		h.pre[k] = hashBytes(lower, 0, min(k+1, len(lower)), uint64(k+11))
	}
	h.shape = hashShape(form)
}

func hashBytes(s []byte, from, to int, salt uint64) uint64 {
	x := uint64(fnvO)
	for i := from; i < to; i++ {
		x = (x ^ uint64(s[i])) * fnvP
	}
	return mix(x, salt)
}

// hashShape hashes the word's shape: X for a capital, x for a small
// letter, d for a digit, other bytes as they are, runs cut at two, so that
// "McDonald" is XxXxx and "1999-2000" dd-dd.
func hashShape(form string) uint64 {
	x := uint64(fnvO)
	var last byte
	run := 0
	for i := 0; i < len(form); i++ {
		c := form[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c = 'X'
		case c >= 'a' && c <= 'z':
			c = 'x'
		case c >= '0' && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c == last {
			if run++; run > 2 {
				continue
			}
		} else {
			last, run = c, 1
		}
		x = (x ^ uint64(c)) * fnvP
	}
	return mix(x, 77)
}

// tagFeatures appends the features that choose the tag of word i, given
// the tags chosen for the two words before it.
func (t *Tagger) tagFeatures(f []perceptron.Feature, i int) []perceptron.Feature {
	return t.contextFeatures(wordFeatures(f, &t.hash[i+2]), i)
}

// wordFeatures appends the features of a word that depend on its form
// alone, so that the sum of their weights can be kept for frequent words
// (Model.rows) with those of spellingFeatures.
func wordFeatures(f []perceptron.Feature, h *wordHash) []perceptron.Feature {
	return append(f,
		f1(0, 0), f1(1, h.w), f1(2, h.shape), f1(4, h.amb),
		f1(5, h.suf[0]), f1(6, h.suf[1]), f1(7, h.suf[2]), f1(8, h.suf[3]),
		f1(9, h.pre[0]), f1(10, h.pre[1]), f1(11, h.pre[2]),
	)
}

// contextFeatures appends the features of word i that depend on where it
// stands: its neighbours, the tags before it, whether it starts the
// sentence.
func (t *Tagger) contextFeatures(f []perceptron.Feature, i int) []perceptron.Feature {
	return t.neighbourFeatures(spellingFeatures(f, &t.hash[i+2]), i)
}

// spellingFeatures appends the features of a word's spelling, which
// depend on its form alone but for the sentence's first word (flFirst).
// Those of a word out of first place have their weights kept in
// Model.rows, the sentence's first word looks them up.
func spellingFeatures(f []perceptron.Feature, h *wordHash) []perceptron.Feature {
	return append(f, f1(3, h.flags), f2(29, h.suf[2], h.flags))
}

// neighbourFeatures appends the features of word i that depend on its
// neighbours and the tags before it.
func (t *Tagger) neighbourFeatures(f []perceptron.Feature, i int) []perceptron.Feature {
	p1, p2 := uint64(t.cls[i+1]), uint64(t.cls[i])
	h := &t.hash[i+2]
	l1, l2 := &t.hash[i+1], &t.hash[i]
	r1, r2 := &t.hash[i+3], &t.hash[i+4]
	return append(f,
		f1(12, p1), f2(13, p1, p2), f2(14, p1, h.w), f2(15, p1, h.amb),
		f1(16, l1.w), f1(17, l2.w),
		f1(20, l1.suf[2]), f1(21, r1.suf[2]), f1(22, r1.amb), f1(23, r2.amb),
		f2(24, h.w, r1.w), f2(25, l1.w, h.w), f2(26, h.amb, r1.amb),
		f1(27, r1.shape), f2(28, p1, r1.amb),
	)
}

// secondFeatures appends the features of the second pass: the first
// pass's tags of the word and the two after it.
func (t *Tagger) secondFeatures(f []perceptron.Feature, i int) []perceptron.Feature {
	h := &t.hash[i+2]
	p1 := uint64(t.cls[i+1])
	c0, n1, n2 := uint64(t.first[i+2]), uint64(t.first[i+3]), uint64(t.first[i+4])
	return append(f,
		f1(40, n1), f2(41, n1, n2), f2(42, p1, n1), f2(43, h.w, n1), f2(44, h.amb, n1), f1(45, c0), f2(46, c0, n1),
	)
}

// featsFeatures appends the features that choose the morphological
// features of word i, of class c, among the candidates its form allows:
// mostly the person and number of a verb, which its subject shows.
func (t *Tagger) featsFeatures(f []perceptron.Feature, i int) []perceptron.Feature {
	cls := t.cls
	c := uint64(cls[i+2])
	h, l1, l2, r1 := &t.hash[i+2], &t.hash[i+1], &t.hash[i], &t.hash[i+3]
	subj, subjTag := t.leftNominal(i)
	f = append(f,
		f1(100, c), f2(101, c, h.w),
		f2(102, c, l1.w), f2(103, c, l2.w), f2(104, c, uint64(cls[i+1])), f3(105, c, uint64(cls[i+1]), uint64(cls[i])),
		f2(106, c, r1.w), f2(107, c, uint64(cls[i+3])), f3(108, c, uint64(cls[i+3]), uint64(cls[i+4])),
		f2(109, c, subj), f2(110, c, subjTag), f3(111, c, h.w, l1.w), f3(112, c, h.w, r1.w),
		f3(113, c, subjTag, uint64(cls[i+1])),
		// for unknown words
		f2(114, c, h.suf[1]), f2(115, c, h.suf[2]), f2(116, c, h.shape), f2(117, c, h.flags),
	)
	return f
}

// leftNominal returns the hash of the nearest word left of i that could be
// a subject, and its class (+1), within a few words.
func (t *Tagger) leftNominal(i int) (w, cls uint64) {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		c := t.cls[j+2]
		if c > 0 && t.m.nominal[c-1] {
			return t.hash[j+2].w, uint64(c)
		}
	}
	return hStart, 0
}
