package ner

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// Sentence is one training or test sentence: words with their UPOS and
// XPOS tags, and the gold BIO label of each.
type Sentence struct {
	ID                        string
	Words, UPOS, XPOS, Labels []string
}

// labelled is a sentence of a UNER IOB2 file: its id, words and labels.
type labelled struct {
	id            string
	words, labels []string
}

// ReadIOB2 reads a Universal NER file (ID, word, IOB2 label, and two more
// columns per line, "# sent_id = …" before each sentence) and returns its
// sentences with the words and tags of the treebank sentence of the same
// sent_id. A sentence whose words differ from the treebank's (the
// treebank was retokenised after UNER was made) is skipped and counted.
func ReadIOB2(r io.Reader, treebank []conllu.Sentence) (out []Sentence, skipped int, err error) {
	byID := make(map[string]*conllu.Sentence, len(treebank))
	for i := range treebank {
		byID[treebank[i].Comment("sent_id")] = &treebank[i]
	}
	sents, err := readIOB2(r)
	if err != nil {
		return nil, 0, err
	}
	for _, u := range sents {
		t := byID[u.id]
		if t == nil || !sameWords(t, u.words) || !validBIO(u.labels) {
			skipped++
			continue
		}
		s := fromWords(t)
		copy(s.Labels, u.labels)
		out = append(out, s)
	}
	return out, skipped, nil
}

func sameWords(t *conllu.Sentence, words []string) bool {
	if len(t.Words) != len(words) {
		return false
	}
	for i, w := range t.Words {
		if w.Form != words[i] {
			return false
		}
	}
	return true
}

// validBIO reports whether every label is known and every I- follows a
// B- or I- of its type.
func validBIO(ls []string) bool {
	prev := lO
	for _, l := range ls {
		c := labelIndex(l)
		if c < 0 || c >= nclass || !validAfter(prev, c) {
			return false
		}
		prev = c
	}
	return true
}

func readIOB2(r io.Reader) ([]labelled, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var out []labelled
	var cur labelled
	line := 0
	flush := func() {
		if len(cur.words) > 0 {
			out = append(out, cur)
		}
		cur = labelled{}
	}
	for sc.Scan() {
		line++
		t := strings.TrimRight(sc.Text(), "\r")
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			if k, v, ok := strings.Cut(strings.TrimPrefix(t, "#"), "="); ok && strings.TrimSpace(k) == "sent_id" {
				cur.id = strings.TrimSpace(v)
			}
		default:
			f := strings.Split(t, "\t")
			if len(f) < 3 {
				return nil, fmt.Errorf("iob2 line %d: %d columns", line, len(f))
			}
			cur.words = append(cur.words, f[1])
			cur.labels = append(cur.labels, interned(f[2]))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("iob2 line %d: %w", line+1, err)
	}
	return out, nil
}

// interned returns the package's copy of label l, or l itself.
func interned(l string) string {
	if i := slices.Index(labels[:], l); i >= 0 {
		return labels[i]
	}
	return l
}
