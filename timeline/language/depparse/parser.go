package depparse

import (
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// Model is a trained parser. It is read-only: one Model serves any number
// of goroutines, each with its own Parser.
type Model struct {
	labels []string // the dependency relations, sorted
	trans  *inline
	label  *perceptron.Table
}

func newModel(labels []string, trans, label *perceptron.Model) *Model {
	return &Model{labels: labels, trans: newInline(trans), label: perceptron.NewTable(label)}
}

// Labels returns the dependency relations the model assigns.
func (m *Model) Labels() []string { return m.labels }

// scorer is a perceptron being trained or a trained one.
type scorer interface {
	Score(feats []perceptron.Feature, scores []int32)
}

// Parser parses one sentence at a time with a Model, reusing its buffers:
// after the longest sentence so far it allocates nothing.
type Parser struct {
	trans, label scorer
	labels       []string
	// Which labels an arc from the root and an arc from a word may have.
	fromRoot, fromWord []bool
	rootLabel          int // the one label fromRoot allows, or -1

	st        state
	w, t, wt  []uint64 // per word 0..n+1: form, tags, both
	sfx       []uint64 // per word 0..n+1: the suffix
	feats     []perceptron.Feature
	scores    []int32
	labScores []int32
	memo      []roleMemo // by role and word: see scoreTransKept
	ends      []int
}

// NewParser returns a Parser of m for one goroutine.
func (m *Model) NewParser() *Parser {
	return newParser(m.trans, m.label, m.labels)
}

func newParser(trans, label scorer, labels []string) *Parser {
	p := &Parser{
		trans: trans, label: label, labels: labels,
		fromRoot: make([]bool, len(labels)), fromWord: make([]bool, len(labels)),
		feats:  make([]perceptron.Feature, 0, 128),
		scores: make([]int32, nTrans), labScores: make([]int32, len(labels)),
	}
	root := -1
	for i, l := range labels {
		if l == "root" {
			root = i
		}
	}
	for i := range labels {
		p.fromRoot[i] = root < 0 || i == root
		p.fromWord[i] = i != root || len(labels) == 1
	}
	p.rootLabel = -1
	if root >= 0 {
		p.rootLabel = root
	}
	return p
}

// Hashes of the root and of an absent word.
var (
	rootWord, rootTag = hashWord("\x00root"), hashTag("\x00root", "")
	noWord, noTag     = hashWord("\x00none"), hashTag("\x00none", "")
)

// Parse sets heads[i] to the head of word i+1 (1-based, 0 for the root)
// and deprels[i] to its relation, always making a tree: one word attached
// to the root, no cycle. It parses the first n words, n the shortest of
// words, heads and deprels; a missing tag (upos or xpos shorter than
// words) counts as "", and heads and deprels past n are left alone.
func (p *Parser) Parse(words, upos, xpos []string, heads []int, deprels []string) {
	n := min(len(words), len(heads), len(deprels))
	p.prepare(words, upos, xpos, n)
	p.st.reset(n)
	p.resetMemo(n)
	for !p.st.done() {
		tr := p.predict()
		lab := 0
		if tr != shift {
			h, d := p.st.arc(tr)
			lab = p.predictLabel(h, d)
		}
		p.st.apply(tr, lab)
	}
	for i := 1; i <= n; i++ {
		heads[i-1] = int(p.st.head[i])
		deprels[i-1] = ""
		if l := int(p.st.label[i]) - 1; l >= 0 && l < len(p.labels) {
			deprels[i-1] = p.labels[l]
		}
	}
}

// prepare hashes each word's strings once.
func (p *Parser) prepare(words, upos, xpos []string, n int) {
	m := n + 2
	if cap(p.w) < m {
		c := max(m, 2*cap(p.w))
		p.w, p.t, p.wt, p.sfx = make([]uint64, c), make([]uint64, c), make([]uint64, c), make([]uint64, c)
	}
	p.w, p.t, p.wt, p.sfx = p.w[:m], p.t[:m], p.wt[:m], p.sfx[:m]
	p.sfx[0], p.sfx[n+1] = rootWord, noWord
	p.w[0], p.t[0] = rootWord, rootTag
	p.w[n+1], p.t[n+1] = noWord, noTag
	for i := range n {
		var u, x string
		if i < len(upos) {
			u = upos[i]
		}
		if i < len(xpos) {
			x = xpos[i]
		}
		p.w[i+1], p.t[i+1], p.sfx[i+1] = hashWord(words[i]), hashTag(u, x), hashSuffix(words[i])
	}
	for i := range m {
		p.wt[i] = mix(p.w[i], p.t[i])
	}
}

// scoreTrans sets p.scores to the scores of the transitions.
func (p *Parser) scoreTrans() {
	p.feats = p.transFeatures(p.feats[:0])
	for r, i := range p.st.roles() {
		p.feats = p.roleFeatures(p.feats, r, i)
	}
	p.trans.Score(p.feats, p.scores)
}

// predict returns the best valid transition.
func (p *Parser) predict() int {
	// When one transition alone is valid (a shift onto the bare root, a
	// reduce once the buffer is empty), the scores would choose nothing.
	if t, ok := p.st.forced(); ok {
		return t
	}
	if t, ok := p.trans.(*inline); ok {
		p.scoreTransKept(t)
	} else {
		p.scoreTrans() // a model in training: its weights change
	}
	best := -1
	for t := range nTrans {
		if p.st.valid(t) && (best < 0 || p.scores[t] > p.scores[best]) {
			best = t
		}
	}
	return best
}

// predictLabel returns the best label of the arc h → d.
func (p *Parser) predictLabel(h, d int32) int {
	if len(p.labels) == 0 {
		return 0
	}
	allowed := p.fromWord
	if h == 0 {
		allowed = p.fromRoot
		if p.rootLabel >= 0 {
			return p.rootLabel // the one label an arc from the root may have
		}
	}
	p.feats = p.labelFeatures(p.feats[:0], h, d)
	p.label.Score(p.feats, p.labScores)
	return max(perceptron.Best(p.labScores, allowed), 0)
}
