package language

import "github.com/storyline/storyline/timeline"

// Word is one syntactic word. A surface token such as "don't" holds two
// words, "do" and "n't".
type Word struct {
	Start  int    `json:"start"` // byte span in the document's text
	End    int    `json:"end"`
	Token  int    `json:"token"` // index of its surface token in Sentence.Tokens
	Form   string `json:"form"`  // the text of the word
	Lemma  string `json:"lemma"`
	UPOS   string `json:"upos"`   // universal part of speech: NOUN, VERB, PROPN …
	XPOS   string `json:"xpos"`   // Penn Treebank tag: NN, VBD, NNP …
	Feats  string `json:"feats"`  // UD features, "|"-separated and sorted: Tense=Past|VerbForm=Fin
	Head   int    `json:"head"`   // 1-based index of the head word in Sentence.Words; 0 for the root
	Deprel string `json:"deprel"` // UD relation to the head: nsubj, obj, obl:agent …
	Entity string `json:"entity"` // BIO entity tag: O, B-PER, I-ORG … ("" from an Analyzer without entities)
}

// Token is a surface token: the words Words[First..Last] of its sentence.
type Token struct {
	Start int `json:"start"`
	End   int `json:"end"`
	First int `json:"first"`
	Last  int `json:"last"`
}

// Sentence is the analysis of one kept sentence of a document.
type Sentence struct {
	Span   timeline.Span `json:"-"`
	Tokens []Token       `json:"tokens"`
	Words  []Word        `json:"words"`
}

// Entity is a named entity: the words Words[First..Last] of a sentence.
type Entity struct {
	Start, End  int // byte span in the document's text
	First, Last int
	Type        string // PER, ORG, LOC or GRP
}

// AppendEntities appends the entities of s, read off the words' BIO tags,
// to dst. An I- tag that continues nothing starts an entity of its own.
func (s *Sentence) AppendEntities(dst []Entity) []Entity {
	open := false
	for i, w := range s.Words {
		if len(w.Entity) < 3 || w.Entity[1] != '-' {
			open = false
			continue
		}
		typ := w.Entity[2:]
		if w.Entity[0] == 'I' && open && dst[len(dst)-1].Type == typ {
			dst[len(dst)-1].Last, dst[len(dst)-1].End = i, w.End
			continue
		}
		dst = append(dst, Entity{Start: w.Start, End: w.End, First: i, Last: i, Type: typ})
		open = true
	}
	return dst
}

// Children appends the indexes (0-based) of the dependents of word i
// (0-based) to dst, in order.
func (s *Sentence) Children(i int, dst []int) []int {
	for j := range s.Words {
		if s.Words[j].Head == i+1 {
			dst = append(dst, j)
		}
	}
	return dst
}
