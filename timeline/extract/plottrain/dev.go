package main

import (
	"fmt"
	"io"
	"math"

	"github.com/storyline/storyline/timeline/extract"
)

// score is a scorer's count at one threshold: links made, links right,
// gold pairs found and gold pairs, undirected and cause → effect.
type score struct {
	sys, right, found, gold     int
	dsys, dright, dfound, dgold int
}

func f1(right, sys, found, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(right) / float64(sys)
	}
	if gold > 0 {
		r = float64(found) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return 100 * p, 100 * r, 100 * f
}

// prob is the model's probability for keys, summed as the extractor sums
// it (float32 weights in feature order).
func prob(w map[uint32]float32, keys []uint32) float64 {
	var z float32
	for _, k := range keys {
		z += w[k]
	}
	return 1 / (1 + math.Exp(-float64(z)))
}

// chooseThreshold returns the threshold from .05 to .90 of best pair F1
// over the gold links inside one sentence for the link probabilities pr
// and direction probabilities dir of exs, scored as ecb_eval.py does per
// document (a pair an explicit connective links is always made). The
// classifier weighs only pairs of one sentence: counting the gold links
// across sentences, which no threshold can find, would only push the
// choice towards recall. Of thresholds within nearTie of the best F1 the
// highest is taken: the pipeline keeps a link several documents make
// once and reads it in every telling of its events, so that a lower
// threshold costs more precision than this count per document shows.
// Each threshold's scores are printed under name; "all" counts every
// gold link.
func chooseThreshold(name string, pr, dir []float64, docs []extracted, exs []example, log io.Writer) float64 {
	var ths, fs []float64
	bestF := -1.0
	for t := 5; t <= 90; t += 5 {
		th := float64(t) / 100
		f := report(log, name, th, pr, dir, docs, exs)
		ths, fs = append(ths, th), append(fs, f)
		bestF = max(bestF, f)
	}
	best := ths[0]
	for i, th := range ths {
		if fs[i] >= bestF-nearTie {
			best = th
		}
	}
	return best
}

// nearTie is the difference of pair F1 (in points) that choosing the
// threshold ignores: about what another assignment of topics to folds
// moves it by.
const nearTie = 0.5

// report prints the scores at threshold th and returns the pair F1 over
// the gold links inside one sentence.
func report(log io.Writer, name string, th float64, pr, dir []float64, docs []extracted, exs []example) float64 {
	s := scoreAt(th, pr, dir, docs, exs, true)
	a := scoreAt(th, pr, dir, docs, exs, false)
	p, r, f := f1(s.right, s.sys, s.found, s.gold)
	_, _, df := f1(s.dright, s.dsys, s.dfound, s.dgold)
	_, _, af := f1(a.right, a.sys, a.found, a.gold)
	_, _, adf := f1(a.dright, a.dsys, a.dfound, a.dgold)
	fmt.Fprintf(log, "%s threshold %.2f: %d links; in one sentence: pairs P %.1f R %.1f F1 %.1f, cause→effect F1 %.1f; all: pairs F1 %.1f, cause→effect F1 %.1f\n",
		name, th, s.sys, p, r, f, df, af, adf)
	return f
}

// modelProbs returns m's link and direction probabilities of exs, summed
// as the extractor sums them.
func modelProbs(m *extract.PlotModel, exs []example) (pr, dir []float64) {
	pr, dir = make([]float64, len(exs)), make([]float64, len(exs))
	for i := range exs {
		pr[i], dir[i] = prob(m.Link, exs[i].keys), prob(m.Dir, exs[i].keys)
	}
	return pr, dir
}

// scoreAt counts the links of exs whose probability in pr is th or
// more against the gold links of docs, only those inside one sentence
// when intra is set; dir holds each pair's probability that its first
// event is the cause.
func scoreAt(th float64, pr, dir []float64, docs []extracted, exs []example, intra bool) score {
	var s score
	found := map[[2]int]bool{}  // (doc, gold link) found undirected
	dfound := map[[2]int]bool{} // … with its direction
	for di := range docs {
		seen := map[[4]int]bool{}
		seenDir := map[[4]int]bool{}
		for _, l := range docs[di].doc.Links {
			if intra && !l.SameSentence {
				continue
			}
			a, b := anchorKey(l.Source), anchorKey(l.Target)
			k := [4]int{a[0], a[1], b[0], b[1]}
			if a[0] > b[0] || a[0] == b[0] && a[1] > b[1] {
				k = [4]int{b[0], b[1], a[0], a[1]}
			}
			seen[k] = true
			if l.Cause != nil && (*l.Cause == "source" || *l.Cause == "target") {
				c, e := a, b
				if *l.Cause == "target" {
					c, e = b, a
				}
				seenDir[[4]int{c[0], c[1], e[0], e[1]}] = true
			}
		}
		s.gold += len(seen)
		s.dgold += len(seenDir)
	}
	explicit := map[[3]int]bool{}
	for di := range docs {
		for _, l := range docs[di].res.Links {
			if l.Cue != "" {
				explicit[[3]int{di, min(l.From, l.To), max(l.From, l.To)}] = true
			}
		}
	}
	for i, e := range exs {
		if (pr[i] < th || e.plotless) && !explicit[[3]int{e.doc, e.first, e.other}] {
			continue
		}
		s.sys++
		s.dsys++
		if !e.link {
			continue
		}
		s.right++
		found[[2]int{e.doc, goldPairID(docs[e.doc].doc, e.gold)}] = true
		if e.dirKnown && (dir[i] >= 0.5) == e.causeFirst {
			s.dright++
			dfound[[2]int{e.doc, goldPairID(docs[e.doc].doc, e.gold)}] = true
		}
	}
	s.found, s.dfound = len(found), len(dfound)
	return s
}

// anchorKey names a gold end by its first anchor.
func anchorKey(g goldEnd) [2]int {
	if len(g.Anchors) == 0 {
		return [2]int{-1, -1}
	}
	return g.Anchors[0]
}

// goldPairID returns the index of the first gold link of d with the same
// two ends as link i, so a pair annotated twice is found once.
func goldPairID(d *goldDoc, i int) int {
	a, b := anchorKey(d.Links[i].Source), anchorKey(d.Links[i].Target)
	for j, l := range d.Links {
		c, e := anchorKey(l.Source), anchorKey(l.Target)
		if c == a && e == b || c == b && e == a {
			return j
		}
	}
	return i
}
