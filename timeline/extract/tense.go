package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// tense is where a verb's form puts its event against the time of
// writing.
type tense uint8

const (
	nonFinite  tense = iota // an infinitive, a participle, a noun: no tense of its own
	past                    // "resigned", "was arrested", "did not attend"
	pluperfect              // "had resigned": before another past event
	present                 // "resigns", "is meeting", "is expected", "can't find"
	perfect                 // "has resigned", "have been urged"
	future                  // "will meet", "'ll go"
	modal                   // "would meet", "could go", "might resign"
)

// tense reads the tense of predicate i off its auxiliaries and its tag. A
// verb coordinated with one that carries the auxiliaries shares them ("has
// stalled ratification and blocked the deal").
func (p parsed) tense(i int) tense {
	w := p.word(i)
	if w.UPOS != "VERB" && w.UPOS != "AUX" && w.UPOS != "ADJ" {
		return nonFinite
	}
	t, ok := p.auxTense(i)
	if ok {
		return t
	}
	switch w.XPOS {
	case "VBD":
		return past
	case "VBZ", "VBP":
		if w.XPOS == "VBP" && p.bareInfinitive(i) {
			return nonFinite
		}
		if w.XPOS == "VBP" && p.unagreedPast(i) {
			return past
		}
		return present
	case "VB":
		// With a subject and no auxiliary or "to", a base form is a
		// present the tagger took for an infinitive: "these results
		// compare with …".
		if p.hasDependent(i, "nsubj") && !p.hasDependent(i, "mark") {
			if p.unagreedPast(i) {
				return past
			}
			return present
		}
	case "VBN":
		// With no auxiliary, a participle that has an active subject
		// is a simple past the tagger took for the participle of the
		// same form: "the operator changed to a calendar year".
		if p.hasDependent(i, "nsubj") {
			return past
		}
	}
	if h := p.head(i); h >= 0 && p.word(i).Deprel == "conj" && (w.XPOS == "VBN" || w.XPOS == "VBG") {
		if t, ok := p.auxTense(h); ok {
			return t
		}
	}
	return nonFinite
}

// auxTense returns the tense the auxiliaries (and the copula) of i give,
// and whether it has any.
func (p parsed) auxTense(i int) (tense, bool) {
	t, found := nonFinite, false
	vbn := p.word(i).XPOS == "VBN"
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		if r := p.rel(k); r != "aux" && r != "cop" {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "will", "shall", "'ll", "wo":
			return future, true
		case "would", "could", "might", "may", "should", "must", "ought", "'d":
			if p.word(k).Form == "'d" && vbn {
				return pluperfect, true
			}
			return modal, true
		case "had":
			if vbn && p.word(k).Deprel == "aux" {
				return pluperfect, true
			}
			t, found = past, true
		case "has", "have", "'ve":
			if vbn && p.word(k).Deprel == "aux" {
				t, found = perfect, true
			} else if !found {
				t, found = present, true
			}
		case "'s":
			if vbn && p.word(k).Deprel == "aux" {
				t, found = perfect, true
			} else if !found {
				t, found = present, true
			}
		case "is", "are", "am", "'re", "'m", "do", "does", "can", "ca":
			if !found {
				t, found = present, true
			}
		case "was", "were", "did":
			if !found || t == present {
				t, found = past, true
			}
		}
	}
	return t, found
}

// fits reports whether an event of tense t can lie in interval iv, given
// the publication day dct: a past event not after it, a present one over
// it, a future one not before it. It is the check a date the parse does
// not attach to the predicate itself must pass.
func fits(t tense, iv timeline.Interval, dct timeline.Date) bool {
	if dct.IsZero() {
		return true
	}
	switch t {
	case past, pluperfect, perfect:
		return !iv.Start.After(dct)
	case present:
		return iv.Contains(dct)
	case future:
		return !iv.End.Before(dct)
	}
	return true
}

// unagreedPast reports whether verb i, tagged as a plural present or a
// base form, is a simple past whose form is its base ("put", "hit",
// "cut"): with a singular subject the present would be "puts", so "the
// company put itself up for sale" is past. With a plural subject the form
// stays ambiguous and is read as the tagger read it.
//
// On eventtime dev: one wrong date right (a fronted "the following
// month" no longer taken for a present state's).
func (p parsed) unagreedPast(i int) bool {
	w := p.word(i)
	if !strings.EqualFold(w.Form, w.Lemma) || !invariantPast(strings.ToLower(w.Lemma)) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != i || p.rel(k) != "nsubj" {
			continue
		}
		switch s := p.word(k); strings.ToLower(s.Form) {
		case "he", "she", "it":
			return true
		default:
			return s.XPOS == "NN" || s.XPOS == "NNP"
		}
	}
	return false
}

// invariantPast reports whether the simple past of a verb is its base
// form.
func invariantPast(lemma string) bool {
	switch lemma {
	case "put", "hit", "cut", "set", "let", "shut", "hurt", "cost", "quit", "split", "spread", "bet",
		"burst", "cast", "thrust", "upset", "broadcast", "forecast", "bid", "rid", "shed", "slit":
		return true
	}
	return false
}

// governingTense returns the tense of clause c, or for a non-finite one
// (a participle, an infinitive) that of the first finite verb above it:
// the time it is told at. A past participle with none above it is past.
func (p parsed) governingTense(c int) tense {
	for v, hops := c, 0; v >= 0 && hops < len(p.s.Words); v, hops = p.head(v), hops+1 {
		if p.word(v).UPOS != "VERB" && p.word(v).UPOS != "AUX" {
			continue
		}
		if t := p.tense(v); t != nonFinite {
			return t
		}
	}
	if p.word(c).XPOS == "VBN" {
		return past
	}
	return nonFinite
}

// stillToCome reports whether clause c, in the present after "before",
// "until", "once" or "after", tells what is to come from a past, future
// or modal clause it hangs on: "named her cabinet a week before she is
// sworn in", "will stay on until parliament approves a new government",
// "would announce her cabinet before she takes office". Its present
// is the future seen from that clause; a past there ("before the council
// approved") is told as done.
func (p parsed) stillToCome(c int) bool {
	g := p.head(c)
	if g < 0 || p.rel(c) != "advcl" || p.tense(c) != present {
		return false
	}
	marked := false
	for k := 0; k < c; k++ {
		if p.head(k) == c && p.rel(k) == "mark" {
			switch strings.ToLower(p.word(k).Form) {
			case "before", "until", "till", "once", "after":
				marked = true
			}
		}
	}
	if !marked {
		return false
	}
	switch p.tense(g) {
	case past, future, modal:
		return true
	}
	return false
}

// bareInfinitive reports whether verb i, tagged a present, is the bare
// infinitive a verb of causing or perceiving gives its object: "made
// thousands flee their homes on Saturday" (the tagger reads "flee" after
// a plural as a present), which fled when they were made to, not today.
func (p parsed) bareInfinitive(i int) bool {
	h := p.head(i)
	if h < 0 || p.hasDependent(i, "nsubj") || p.rel(i) != "xcomp" && p.rel(i) != "advcl" && p.rel(i) != "ccomp" {
		return false
	}
	lemma := strings.ToLower(p.word(h).Lemma)
	return (causes[lemma] || perceives[lemma]) && p.directObject(i, h) >= 0
}
