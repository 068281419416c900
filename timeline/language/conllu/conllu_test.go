package conllu

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

const sample = `# sent_id = s1
# text = I don't know.
1	I	I	PRON	PRP	Case=Nom|Number=Sing|Person=1|PronType=Prs	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
4.1	knew	know	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

`

func TestRead(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample + strings.Replace(sample, "s1", "s2", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got := s.Comment("sent_id"); got != "s1" {
		t.Errorf("sent_id = %q", got)
	}
	if len(s.Words) != 5 {
		t.Fatalf("got %d words, want 5 (the empty node skipped)", len(s.Words))
	}
	if s.Words[3].Head != 0 || s.Words[2].Lemma != "not" || s.Words[0].Deprel != "nsubj" {
		t.Errorf("columns misread: %+v", s.Words)
	}
	if len(s.Multi) != 1 || s.Multi[0] != (Token{First: 2, Last: 3, Form: "don't", Misc: "_"}) {
		t.Errorf("multiword tokens = %+v", s.Multi)
	}
	if got := sents[1].Comment("sent_id"); got != "s2" {
		t.Errorf("second sentence id = %q", got)
	}
}

func TestTextRebuilt(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(strings.Replace(sample, "# text = I don't know.\n", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sents[0].Text(), "I don't know."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "1\tI\tI\n\n", "line 1: malformed CoNLL-U: 3 columns"},
		{"sequence", "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n", `line 1: malformed CoNLL-U: word id "2" out of sequence`},
		{"head range", "1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n\n", "line 2: malformed CoNLL-U: word 1 has head 7"},
		{"bad head", "1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n", `line 1: malformed CoNLL-U: bad head "x"`},
		{"range", "1-0\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", `bad multiword token range "1-0"`},
		{"range beyond", "1-2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n", "multiword token 1-2 beyond the sentence"},
		{"only comments", "# text = x\n\n", "a sentence without words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in))
			if err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one holding %q", err, tt.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, &sents[0]); err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(sample, "4.1\tknew\tknow\tVERB\tVBD\t_\t_\t_\t4:conj\t_\n", "", 1)
	if buf.String() != want {
		t.Errorf("written:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestEOF(t *testing.T) {
	r := NewReader(strings.NewReader("\n\n"))
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next on blank input = %v, want io.EOF", err)
	}
}

// FuzzReadWrite checks that whatever the reader accepts, the writer writes
// back into something the reader reads to the same sentences.
func FuzzReadWrite(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\tb\tc\td\te\t0\tf\tg\th\n")
	f.Add("1-2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for i := range sents {
			if err := Write(&buf, &sents[i]); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(&buf)
		if err != nil {
			t.Fatalf("rereading what was written: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("%d sentences, then %d", len(sents), len(again))
		}
		for i := range sents {
			if len(again[i].Words) != len(sents[i].Words) || len(again[i].Multi) != len(sents[i].Multi) {
				t.Fatalf("sentence %d changed in the round trip", i)
			}
		}
	})
}
