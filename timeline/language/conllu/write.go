package conllu

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Write writes s in CoNLL-U, ending with the blank line. A head of -1 is
// written as "_"; empty fields are written as "_".
func Write(w io.Writer, s *Sentence) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(clean.Replace(c))
		bw.WriteByte('\n')
	}
	m := 0
	for _, wd := range s.Words {
		for m < len(s.Multi) && s.Multi[m].First == wd.ID {
			t := s.Multi[m]
			bw.WriteString(strconv.Itoa(t.First))
			bw.WriteByte('-')
			bw.WriteString(strconv.Itoa(t.Last))
			writeCols(bw, t.Form, "_", "_", "_", "_", "_", "_", "_", t.Misc)
			m++
		}
		bw.WriteString(strconv.Itoa(wd.ID))
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		writeCols(bw, wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.Deprel, wd.Deps, wd.Misc)
	}
	bw.WriteByte('\n')
	if !ok {
		return bw.Flush()
	}
	return nil
}

func writeCols(bw *bufio.Writer, cols ...string) {
	for _, c := range cols {
		bw.WriteByte('\t')
		if c == "" {
			c = "_"
		}
		bw.WriteString(clean.Replace(c))
	}
	bw.WriteByte('\n')
}

// clean keeps a field on its line and in its column.
var clean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
