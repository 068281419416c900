package conllu

import (
	"strings"
)

// Word is one syntactic word: a line of ten columns.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// Token is a multiword token: the surface form of words First..Last, such
// as "don't" for "do" and "n't".
type Token struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence: its comment lines, words and multiword tokens.
type Sentence struct {
	Comments []string // without the leading "# "
	Words    []Word
	Multi    []Token
}

// Comment returns the value of the "key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Text returns the sentence's "text" comment, or, when it has none, the
// surface text rebuilt from the tokens and their SpaceAfter=No marks.
func (s *Sentence) Text() string {
	if t := s.Comment("text"); t != "" {
		return t
	}
	var b strings.Builder
	m := 0
	for i := 0; i < len(s.Words); i++ {
		form, misc := s.Words[i].Form, s.Words[i].Misc
		if m < len(s.Multi) && s.Multi[m].First == s.Words[i].ID {
			form, misc = s.Multi[m].Form, s.Multi[m].Misc
			i += s.Multi[m].Last - s.Multi[m].First
			m++
		}
		b.WriteString(form)
		if i < len(s.Words)-1 && !HasMisc(misc, "SpaceAfter", "No") {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// HasMisc reports whether the MISC column misc holds key=value.
func HasMisc(misc, key, value string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == key && v == value {
			return true
		}
	}
	return false
}

// MiscValue returns the value of key in the MISC column misc, or "".
func MiscValue(misc, key string) string {
	for f := range strings.SplitSeq(misc, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == key {
			return v
		}
	}
	return ""
}
