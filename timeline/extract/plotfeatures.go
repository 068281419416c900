package extract

import (
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/perceptron"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// The features the plot-link classifier (plotlinks.go) weighs for two
// event words of one sentence: how the parse joins them, how far apart
// they lie, what they are, and what stands between them. They are general
// English: relation labels, parts of speech, WordNet classes, the
// extractor's event kinds and statuses, function words and punctuation —
// never a content word of the text, so that a story of a new kind is read
// as well as the stories trained on.

// Feature templates. Their numbers are part of the model file: change
// one and retrain.
const (
	ftBias = iota + 1
	ftGovern
	ftPath
	ftTreeDist
	ftWordDist
	ftUPOS
	ftXPOS
	ftKinds
	ftKindA
	ftKindB
	ftClasses
	ftClassA
	ftClassB
	ftBetween
	ftEventsBetween
	ftShareArg
	ftRels
	ftStatus
	ftLinked
	ftPathPOS
	ftPathKinds
	ftGovernClasses
	ftSentEvents
)

// maxPathSteps is how many relation labels of the path between the two
// words a feature spells out; a longer path is only "long".
const maxPathSteps = 4

// pairFeatures appends to dst the features of event words a < b of sentence
// p, whose events are ea and eb.
func (p parsed) pairFeatures(dst []perceptron.Feature, pp plotPair, ea, eb *EventMention) []perceptron.Feature {
	a, b, eventsBetween := pp.a, pp.b, pp.eventsBetween
	wa, wb := p.word(a), p.word(b)
	dst = append(dst, perceptron.Template(ftBias))

	gov := 0
	switch {
	case p.head(b) == a:
		gov = 1
	case p.head(a) == b:
		gov = 2
	case p.above(a, b):
		gov = 3
	case p.above(b, a):
		gov = 4
	}
	dst = append(dst, perceptron.Template(ftGovern).Int(gov))

	path, steps := p.pathFeature(a, b)
	dst = append(dst, path,
		perceptron.Template(ftTreeDist).Int(bucket(steps)),
		perceptron.Template(ftWordDist).Int(bucket(b-a)),
		perceptron.Template(ftUPOS).Str(wa.UPOS).Str(wb.UPOS),
		perceptron.Template(ftXPOS).Str(wa.XPOS).Str(wb.XPOS),
		perceptron.Template(ftKinds).Str(ea.Kind).Str(eb.Kind),
		perceptron.Template(ftKindA).Str(ea.Kind),
		perceptron.Template(ftKindB).Str(eb.Kind),
		perceptron.Template(ftPathPOS).Int(int(path)).Str(wa.UPOS).Str(wb.UPOS),
		perceptron.Template(ftPathKinds).Int(int(path)).Str(ea.Kind).Str(eb.Kind),
		perceptron.Template(ftEventsBetween).Int(min(eventsBetween, 3)),
		perceptron.Template(ftRels).Str(p.rel(a)).Str(p.rel(b)),
		perceptron.Template(ftStatus).Str(ea.Status).Str(eb.Status),
	)
	ca, cb := pp.sent.class[pp.i], pp.sent.class[pp.j]
	dst = append(dst,
		perceptron.Template(ftGovernClasses).Int(gov).Str(ca).Str(cb),
		perceptron.Template(ftClasses).Str(ca).Str(cb),
		perceptron.Template(ftClassA).Str(ca),
		perceptron.Template(ftClassB).Str(cb),
	)

	// Function words and punctuation between the two: "and", "to", a
	// comma, a quotation mark, "after".
	for k := a + 1; k < b; k++ {
		w := p.word(k)
		switch w.UPOS {
		case "ADP", "SCONJ", "CCONJ", "PUNCT", "PART":
			dst = append(dst, lowerFeature(perceptron.Template(ftBetween), w.Form))
		}
	}

	if p.shareArgument(pp.sent.args[pp.i], pp.sent.args[pp.j]) {
		dst = append(dst, perceptron.Template(ftShareArg))
	}
	linked := 0
	if p.linked(a, b) {
		linked = 1
	}
	dst = append(dst, perceptron.Template(ftLinked).Int(linked))

	// The more events a sentence tells, the smaller the share of its
	// pairs that lead to one another: a list of charges or of what a
	// crowd did is no chain.
	dst = append(dst, perceptron.Template(ftSentEvents).Int(min(pp.events, 8)))
	return dst
}

// pathFeature spells the dependency path from a up to the two words'
// lowest common ancestor and down to b, at most maxPathSteps labels, and
// returns it with the path's length in edges.
func (p parsed) pathFeature(a, b int) (perceptron.Feature, int) {
	f := perceptron.Template(ftPath)
	up, down := 0, 0
	lca := p.walk(a, b, func(int) {})
	if lca < 0 {
		return f.Str("none"), len(p.s.Words)
	}
	for i := a; i >= 0 && i != lca && up <= len(p.s.Words); i = p.head(i) {
		if up < maxPathSteps {
			f = f.Str(p.rel(i)).Byte('^')
		}
		up++
	}
	// Down from the ancestor to b: the labels read from b upwards, so
	// they are mixed in b's order; the separator keeps them apart from
	// the upward ones.
	f = f.Byte('|')
	for i := b; i >= 0 && i != lca && down <= len(p.s.Words); i = p.head(i) {
		if up+down < maxPathSteps {
			f = f.Str(p.rel(i)).Byte('v')
		}
		down++
	}
	if up+down > maxPathSteps {
		f = f.Str("long")
	}
	return f, up + down
}

// shareArgument reports whether two words, whose core arguments (a
// subject or an object) are argsA and argsB in text order, have one with
// the same lemma, or one's subject is the other's object: "police
// arrested a man … the man was charged". Only the first word's first few
// arguments are read: a verb has few.
func (p parsed) shareArgument(argsA, argsB []int) bool {
	argsA = argsA[:min(len(argsA), 4)]
	for _, j := range argsB {
		for _, i := range argsA {
			if i == j || p.word(i).Lemma == p.word(j).Lemma {
				return true
			}
		}
	}
	return false
}

func coreArg(rel string) bool {
	switch rel {
	case "nsubj", "obj", "iobj":
		return true
	}
	return false
}

// wordClass returns the WordNet lexicographer class of an event word's
// lemma, as a verb or as a noun by its tag, or "" for none.
func wordClass(w *language.Word) string {
	if w.UPOS == "VERB" {
		return wn.VerbClass(w.Lemma)
	}
	return wn.NounClass(w.Lemma)
}

// bucket groups a distance in steps that widen with it.
func bucket(n int) int {
	switch {
	case n <= 3:
		return n
	case n <= 5:
		return 5
	case n <= 8:
		return 8
	case n <= 12:
		return 12
	}
	return 99
}

// lowerFeature mixes s, lower-cased, into f without building the
// lower-cased string.
func lowerFeature(f perceptron.Feature, s string) perceptron.Feature {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f = f.Byte(c)
	}
	return f.Byte(0xff)
}
