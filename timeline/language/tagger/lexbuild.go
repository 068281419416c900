package tagger

import (
	"cmp"
	"hash/fnv"
	"maps"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// Thresholds of the lexicon, tuned on EWT + GUM dev.
const (
	// A word seen tagdictMin times or more, with one class at least
	// tagdictShare of the time, takes that class without being scored
	// (Honnibal's tag dictionary): faster, and no less accurate; more
	// lenient thresholds cost accuracy on dev.
	tagdictMin   = 20
	tagdictShare = 0.97
	// A lowercase word seen ambMin times or more has an ambiguity class:
	// the set of classes seen with it at least ambShare of the time.
	ambMin   = 3
	ambShare = 0.01
	// A lemma rule keyed by a suffix needs that many word types behind it.
	ruleMin = 2
	// A class's candidate features are those seen with it featsShare of
	// the time, and at least twice.
	featsShare = 0.002
)

// token is a training word with its gold analysis, as ids.
type token struct {
	form, lemma  string
	class, feats int
}

// vocabulary names the classes and features of the training words.
type vocabulary struct {
	classes []Analysis
	classID map[[2]string]int
	feats   []string
	featsID map[string]int
}

// cleanFeats drops the features a tagger cannot know from the word and
// its neighbours: Voice (the parser's aux:pass tells) and Typo.
func cleanFeats(f string) string {
	if !strings.Contains(f, "Voice=") && !strings.Contains(f, "Typo=") {
		return f
	}
	var keep []string
	for p := range strings.SplitSeq(f, "|") {
		if !strings.HasPrefix(p, "Voice=") && !strings.HasPrefix(p, "Typo=") {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return "_"
	}
	return strings.Join(keep, "|")
}

// newVocabulary numbers the classes and features of sents, most frequent
// first (ties by name), with "_" as features 0.
func newVocabulary(sents []conllu.Sentence) *vocabulary {
	cc, fc := map[[2]string]int{}, map[string]int{"_": 0}
	for _, s := range sents {
		for _, w := range s.Words {
			cc[[2]string{w.UPOS, w.XPOS}]++
			fc[cleanFeats(w.Feats)]++
		}
	}
	v := &vocabulary{classID: map[[2]string]int{}, featsID: map[string]int{}}
	for _, k := range byCount(cc, func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) }) {
		v.classID[k] = len(v.classes)
		v.classes = append(v.classes, Analysis{UPOS: strings.Clone(k[0]), XPOS: strings.Clone(k[1])})
	}
	v.feats = []string{"_"}
	v.featsID["_"] = 0
	delete(fc, "_")
	for _, k := range byCount(fc, cmp.Compare[string]) {
		v.featsID[k] = len(v.feats)
		v.feats = append(v.feats, strings.Clone(k))
	}
	return v
}

// byCount returns the keys of m, most counted first, ties by order.
func byCount[K comparable](m map[K]int, order func(a, b K) int) []K {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b K) int { return cmp.Or(cmp.Compare(m[b], m[a]), order(a, b)) })
	return keys
}

// tokens converts sents to ids; words of a class or features unknown to
// v get -1.
func (v *vocabulary) tokens(s conllu.Sentence) []token {
	out := make([]token, len(s.Words))
	for i, w := range s.Words {
		c, ok := v.classID[[2]string{w.UPOS, w.XPOS}]
		if !ok {
			c = -1
		}
		f, ok := v.featsID[cleanFeats(w.Feats)]
		if !ok {
			f = -1
		}
		out[i] = token{form: w.Form, lemma: w.Lemma, class: c, feats: f}
	}
	return out
}

// wordCount counts the readings of one word.
type wordCount struct {
	n       int
	classes map[int]*classCount
}

type classCount struct {
	n      int
	feats  map[int]int
	lemmas map[string]int
}

func (wc *wordCount) add(t token) {
	wc.n++
	cc := wc.classes[t.class]
	if cc == nil {
		cc = &classCount{feats: map[int]int{}, lemmas: map[string]int{}}
		wc.classes[t.class] = cc
	}
	cc.n++
	cc.feats[t.feats]++
	cc.lemmas[t.lemma]++
}

// buildLexicon makes the lexicon, the lemmatizer and the classes'
// candidate features of the training sentences.
func buildLexicon(sents [][]token, nClasses int) (lexicon, lemmatizer, [][]uint16) {
	exact, lower := map[string]*wordCount{}, map[string]*wordCount{}
	count := func(m map[string]*wordCount, form string, t token) {
		wc := m[form]
		if wc == nil {
			wc = &wordCount{classes: map[int]*classCount{}}
			m[form] = wc
		}
		wc.add(t)
	}
	classFeats := make([]map[int]int, nClasses)
	for i := range classFeats {
		classFeats[i] = map[int]int{}
	}
	for _, s := range sents {
		for _, t := range s {
			count(exact, t.form, t)
			count(lower, lowerASCII(t.form), t)
			classFeats[t.class][t.feats]++
		}
	}
	lex := lexicon{exact: map[string]uint32{}, lower: map[string]uint32{}}
	for _, form := range slices.Sorted(maps.Keys(exact)) {
		lex.exact[strings.Clone(form)] = lex.add(exact[form], true)
	}
	for _, form := range slices.Sorted(maps.Keys(lower)) {
		lex.lower[strings.Clone(form)] = lex.add(lower[form], false)
	}
	lex.link()
	cf := make([][]uint16, nClasses)
	for c, m := range classFeats {
		total := 0
		for _, n := range m {
			total += n
		}
		for _, f := range byCount(m, cmp.Compare[int]) {
			if len(cf[c]) == 0 || (m[f] >= 2 && float64(m[f]) >= featsShare*float64(total)) {
				cf[c] = append(cf[c], uint16(f))
			}
		}
	}
	return lex, buildLemmatizer(sents, lower, nClasses), cf
}

// add appends the entry and readings of a word and returns its id.
func (l *lexicon) add(wc *wordCount, exact bool) uint32 {
	e := entry{tag: -1, first: uint32(len(l.readings))}
	order := byCount(func() map[int]int {
		m := map[int]int{}
		for c, cc := range wc.classes {
			m[c] = cc.n
		}
		return m
	}(), cmp.Compare[int])
	top := wc.classes[order[0]].n
	if exact && wc.n >= tagdictMin && float64(top) >= tagdictShare*float64(wc.n) {
		e.tag = int16(order[0])
	}
	if !exact && wc.n >= ambMin {
		h := fnv.New32a()
		for _, c := range slices.Sorted(slices.Values(order)) {
			if float64(wc.classes[c].n) >= ambShare*float64(wc.n) {
				h.Write([]byte{byte(c), byte(c >> 8)})
			}
		}
		e.amb = max(h.Sum32(), 1)
	}
	for _, c := range order {
		cc := wc.classes[c]
		lemma := byCount(cc.lemmas, cmp.Compare[string])[0]
		lemma = strings.Clone(lemma)
		for _, f := range byCount(cc.feats, cmp.Compare[int]) {
			l.readings = append(l.readings, reading{class: uint16(c), feats: uint16(f), lemma: lemma})
		}
	}
	e.last = uint32(len(l.readings))
	l.entries = append(l.entries, e)
	return uint32(len(l.entries) - 1)
}

// buildLemmatizer learns the suffix rules from the word types of the
// lowercase lexicon, and the capitalisation of lemmas from the tokens.
func buildLemmatizer(sents [][]token, lower map[string]*wordCount, nClasses int) lemmatizer {
	type key struct {
		class  int
		suffix string
	}
	counts := map[key]map[rule]int{}
	for form, wc := range lower {
		for c, cc := range wc.classes {
			lemma := lowerASCII(byCount(cc.lemmas, cmp.Compare[string])[0])
			r, ok := ruleOf(form, lemma)
			if !ok {
				continue
			}
			for k := int(r.strip); k <= min(len(form), maxSuffix); k++ {
				kk := key{c, form[len(form)-k:]}
				if counts[kk] == nil {
					counts[kk] = map[rule]int{}
				}
				counts[kk][r]++
			}
		}
	}
	best := func(m map[rule]int) (rule, int) {
		var br rule
		bn, total := -1, 0
		for r, n := range m {
			total += n
			if n > bn || (n == bn && cmp.Or(cmp.Compare(r.strip, br.strip), cmp.Compare(r.add, br.add)) < 0) {
				br, bn = r, n
			}
		}
		return br, total
	}
	lem := lemmatizer{suffixes: map[uint64]uint32{}, keep: make([]bool, nClasses*nCaps)}
	ruleID := map[rule]uint32{}
	// Shorter suffixes first, so that a suffix's parent is decided before
	// it: a suffix whose rule is what its parent gives adds nothing.
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.class, b.class), cmp.Compare(len(a.suffix), len(b.suffix)), cmp.Compare(a.suffix, b.suffix))
	})
	effective := map[key]rule{}
	inherited := func(k key) (rule, bool) {
		for k.suffix != "" {
			k.suffix = k.suffix[1:]
			if r, ok := effective[k]; ok {
				return r, true
			}
		}
		return rule{}, false
	}
	for _, k := range keys {
		r, total := best(counts[k])
		if total < ruleMin && k.suffix != "" {
			continue
		}
		if pr, ok := inherited(k); ok && pr == r && k.suffix != "" {
			continue
		}
		effective[k] = r
		id, ok := ruleID[r]
		if !ok {
			id = uint32(len(lem.rules))
			ruleID[r] = id
			lem.rules = append(lem.rules, rule{strip: r.strip, add: strings.Clone(r.add)})
		}
		lem.suffixes[suffixKey(k.class, []byte(k.suffix), len(k.suffix))] = id
	}
	// Capitalisation: per class and bucket, does the lemma keep capitals?
	keep := make([][2]int, nClasses*nCaps)
	var h wordHash
	for _, s := range sents {
		for i, t := range s {
			low := lowerASCII(t.form)
			if low == t.form {
				continue
			}
			hashWord(&h, t.form, []byte(low), i == 0)
			b := t.class*nCaps + caseBucket(h.flags)
			if isCapitalised(t.lemma) {
				keep[b][1]++
			} else {
				keep[b][0]++
			}
		}
	}
	for b, k := range keep {
		lem.keep[b] = k[1] > k[0]
	}
	return lem
}
