package language

import (
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// CoNLLU returns s as a CoNLL-U sentence of the document text, with id as
// its sent_id. MISC holds each token's byte span in the text
// (TokenRange=start:end, on the multiword token's line when there is one),
// each word's entity tag (NER=B-PER) and SpaceAfter=No where the next
// token follows without a space.
func (s *Sentence) CoNLLU(text, id string) *conllu.Sentence {
	out := &conllu.Sentence{
		Comments: []string{"sent_id = " + id, "text = " + oneLine(text[s.Span.Start:s.Span.End])},
		Words:    make([]conllu.Word, len(s.Words)),
	}
	for ti, tk := range s.Tokens {
		misc := "TokenRange=" + strconv.Itoa(tk.Start) + ":" + strconv.Itoa(tk.End)
		if ti+1 < len(s.Tokens) && s.Tokens[ti+1].Start == tk.End {
			misc += "|SpaceAfter=No"
		}
		if tk.Last > tk.First {
			out.Multi = append(out.Multi, conllu.Token{First: tk.First + 1, Last: tk.Last + 1, Form: text[tk.Start:tk.End], Misc: misc})
			misc = ""
		}
		for i := tk.First; i <= tk.Last; i++ {
			w := s.Words[i]
			m := "NER=" + w.Entity
			if misc != "" {
				m = misc + "|" + m
			}
			out.Words[i] = conllu.Word{
				ID: i + 1, Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats,
				Head: w.Head, Deprel: w.Deprel, Misc: m,
			}
		}
	}
	return out
}

// oneLine keeps a sentence's text on its comment line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
