package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// ErrFormat is wrapped by every error about malformed CoNLL-U.
var ErrFormat = errors.New("malformed CoNLL-U")

// maxLine bounds one line, so that a file without newlines cannot grow a
// buffer without end.
const maxLine = 1 << 20

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last. Errors name the
// line and wrap ErrFormat.
func (r *Reader) Next() (*Sentence, error) {
	var s Sentence
	started := false
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		switch {
		case line == "":
			if started {
				return &s, s.check(r.line)
			}
			continue
		case strings.HasPrefix(line, "#"):
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		default:
			if err := s.addLine(line); err != nil {
				return nil, fmt.Errorf("line %d: %w", r.line, err)
			}
		}
		started = true
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", r.line+1, err)
	}
	if started {
		return &s, s.check(r.line)
	}
	return nil, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]Sentence, error) {
	rd := NewReader(r)
	var out []Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, *s)
	}
}

// ReadFile reads every sentence of the named file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		return s, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s *Sentence) addLine(line string) error {
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("%w: %d columns, want 10", ErrFormat, len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // an empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first || first != len(s.Words)+1 {
			return fmt.Errorf("%w: bad multiword token range %q", ErrFormat, id)
		}
		s.Multi = append(s.Multi, Token{First: first, Last: last, Form: cols[1], Misc: cols[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("%w: word id %q out of sequence", ErrFormat, id)
	}
	head := -1
	if cols[6] != "_" {
		if head, err = strconv.Atoi(cols[6]); err != nil || head < 0 {
			return fmt.Errorf("%w: bad head %q", ErrFormat, cols[6])
		}
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
		Head: head, Deprel: cols[7], Deps: cols[8], Misc: cols[9],
	})
	return nil
}

// check verifies what needs the whole sentence: heads in range and
// multiword tokens over existing words.
func (s *Sentence) check(line int) error {
	for _, w := range s.Words {
		if w.Head > len(s.Words) {
			return fmt.Errorf("line %d: %w: word %d has head %d beyond the sentence", line, ErrFormat, w.ID, w.Head)
		}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return fmt.Errorf("line %d: %w: multiword token %d-%d beyond the sentence", line, ErrFormat, m.First, m.Last)
		}
	}
	if len(s.Words) == 0 {
		return fmt.Errorf("line %d: %w: a sentence without words", line, ErrFormat)
	}
	return nil
}
