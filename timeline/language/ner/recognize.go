package ner

import (
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// Model is a trained entity recogniser. It is read-only, so one Model
// serves any number of goroutines, each with its own Recognizer.
type Model struct {
	weights *perceptron.Model
	// ratios maps the low 32 bits of a lower-case word's hash to its
	// ratio bucket (ratioNever…), for words seen often enough.
	ratios map[uint32]uint8
	epochs int          // the training epochs kept, 0 for a model read from a file
	trans  *transitions // read out of weights once
}

// Epochs returns the number of training epochs of the weights Train kept
// (0 for a model read from a file).
func (m *Model) Epochs() int { return m.epochs }

func (m *Model) ratio(lower uint64) uint8 {
	if r, ok := m.ratios[uint32(lower)]; ok {
		return r
	}
	return ratioUnseen
}

// Recognizer labels sentences with one Model, reusing its buffers. It is
// not safe for concurrent use.
type Recognizer struct {
	m       *Model
	words   []word
	buf     []byte
	feats   []perceptron.Feature
	scores  []int32
	classes []int
	delta   []int32
	back    []int8
	cache   *scoreCache
}

// NewRecognizer returns a Recognizer of m.
func (m *Model) NewRecognizer() *Recognizer {
	return &Recognizer{m: m, scores: make([]int32, nclass), cache: new(scoreCache)}
}

// Recognize appends one BIO label per word to out and returns it: O,
// B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-GRP or I-GRP. upos and
// xpos are the words' tags (missing tags count as unknown). The labels
// are the package's constants, so nothing is allocated once the
// Recognizer's buffers have grown to the longest sentence.
func (r *Recognizer) Recognize(words, upos, xpos []string, out []string) []string {
	r.words, r.buf = r.m.describe(r.words, words, upos, xpos, r.buf)
	r.classes = r.viterbi(r.m.weights, r.m.trans, r.classes[:0])
	placeTeams(r.classes, r.words, words, xpos)
	gazTypes(r.classes, r.words)
	conjoinedOrgs(r.classes, r.words, words)
	acronyms(r.classes, r.words, words)
	gazNames(r.classes, r.words)
	storms(r.classes, r.words, words)
	groups(r.classes, r.words, upos)
	for _, c := range r.classes {
		out = append(out, labels[c])
	}
	return out
}
