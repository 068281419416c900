package ner

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// ErrEntity is wrapped by every error about a malformed GUM Entity= value.
var ErrEntity = errors.New("malformed Entity annotation")

// Mention is one entity mention of a GUM sentence: words Start..End
// (0-based, inclusive) of entity type Type ("person", "place", …), with
// its head words (0-based, in the sentence) and its Wikipedia identity,
// "" when it has none.
type Mention struct {
	Start, End int
	Type       string
	Heads      []int
	Identity   string
}

// open is a mention whose closing bracket is still to come.
type open struct {
	group string
	m     Mention
}

// Mentions parses the CoNLL-2012-style brackets of the Entity= values in
// the MISC column of s's words, as GUM writes them:
// "(GRP-etype-infstat-salience-centering-minspan-link[-identity]" opens a
// mention, a trailing ")" closes it on the same word, and "GRP)" closes
// the innermost open mention of that group.
func Mentions(s *conllu.Sentence) ([]Mention, error) {
	var stack []open
	var out []Mention
	for i, w := range s.Words {
		v := conllu.MiscValue(w.Misc, "Entity")
		for v != "" {
			var err error
			if v[0] == '(' {
				v, stack, out, err = parseOpen(v[1:], i, stack, out)
			} else {
				v, stack, out, err = parseClose(v, i, stack, out)
			}
			if err != nil {
				return nil, fmt.Errorf("word %d: %w", w.ID, err)
			}
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%w: %d mentions left open", ErrEntity, len(stack))
	}
	slices.SortStableFunc(out, func(a, b Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	return out, nil
}

// parseOpen reads the body of an opening bracket at word i (v holds what
// follows the "(").
func parseOpen(v string, i int, stack []open, out []Mention) (string, []open, []Mention, error) {
	end := strings.IndexAny(v, "()")
	if end < 0 {
		end = len(v)
	}
	body, rest := v[:end], v[end:]
	f := strings.Split(body, "-")
	if len(f) < 7 || !isDigits(f[0]) || f[1] == "" {
		return "", nil, nil, fmt.Errorf("%w: %q", ErrEntity, body)
	}
	m := Mention{Start: i, End: i, Type: f[1]}
	if len(f) > 7 {
		m.Identity = strings.Join(f[7:], "-")
	}
	for h := range strings.SplitSeq(f[5], ",") {
		k, err := strconv.Atoi(h)
		if err != nil || k < 1 || k > 1<<16 {
			return "", nil, nil, fmt.Errorf("%w: minspan %q", ErrEntity, f[5])
		}
		m.Heads = append(m.Heads, i+k-1)
	}
	if strings.HasPrefix(rest, ")") {
		return rest[1:], stack, append(out, m), nil
	}
	return rest, append(stack, open{group: f[0], m: m}), out, nil
}

// parseClose reads "GRP)" at word i.
func parseClose(v string, i int, stack []open, out []Mention) (string, []open, []Mention, error) {
	end := strings.IndexByte(v, ')')
	if end < 0 || !isDigits(v[:end]) {
		return "", nil, nil, fmt.Errorf("%w: %q", ErrEntity, v)
	}
	g := v[:end]
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].group == g {
			m := stack[j].m
			m.End = i
			stack = slices.Delete(stack, j, j+1)
			return v[end+1:], stack, append(out, m), nil
		}
	}
	return "", nil, nil, fmt.Errorf("%w: %s) closes no open mention", ErrEntity, g)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
