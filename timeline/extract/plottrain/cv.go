package main

import (
	"slices"
	"strings"
)

// crossValidate returns, for every example of exs, the link and direction
// probabilities of a model trained as o says on the examples of other
// topics: the documents' topics, in order, are dealt into o.folds folds,
// so that no story is both trained on and scored.
func crossValidate(docs []extracted, exs []example, o options) (pr, dir []float64) {
	var topics []string
	for i := range docs {
		topics = append(topics, topicOf(docs[i].doc.ID))
	}
	slices.Sort(topics)
	topics = slices.Compact(topics)
	folds := max(o.folds, 2)
	fold := make([]int, len(docs))
	for i := range docs {
		t, _ := slices.BinarySearch(topics, topicOf(docs[i].doc.ID))
		fold[i] = t % folds
	}
	pr, dir = make([]float64, len(exs)), make([]float64, len(exs))
	for f := range folds {
		var in []example
		for _, e := range exs {
			if fold[e.doc] != f {
				in = append(in, e)
			}
		}
		link := bag(in, func(e *example) (bool, bool) { return e.link, true }, o).weights(o.minWeight)
		d := bag(in, func(e *example) (bool, bool) { return e.causeFirst, e.dirKnown }, o).weights(o.minWeight)
		for i := range exs {
			if fold[exs[i].doc] == f {
				pr[i], dir[i] = prob(link, exs[i].keys), prob(d, exs[i].keys)
			}
		}
	}
	return pr, dir
}

// topicOf returns the ECB+ topic of a document id: "12" of "12_3ecbplus".
func topicOf(id string) string {
	t, _, _ := strings.Cut(id, "_")
	return t
}
