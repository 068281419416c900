// Command evaluate prepares and runs the language layer's evaluation on a
// UD treebank, for the CoNLL 2018 scorer:
//
//	go run ./timeline/language/evaluate -text GOLD.conllu > raw.txt     # the raw text of a treebank
//	go run ./timeline/language/evaluate -gold GOLD.conllu > sys.conllu  # analyse its gold words
//
// The raw text keeps the treebank's paragraphs, one a line, with the
// sentences of a paragraph joined by spaces, as the CoNLL 2018 shared task
// gave it; `storyline parse raw.txt` then analyses it from scratch.
// run.sh scores every treebank both ways.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/conllu"
)

func main() {
	text := flag.String("text", "", "print the raw text of the CoNLL-U `FILE`")
	gold := flag.String("gold", "", "analyse the gold words of the CoNLL-U `FILE`")
	flag.Parse()
	var err error
	out := bufio.NewWriter(os.Stdout)
	switch {
	case *text != "":
		err = rawText(*text, out)
	case *gold != "":
		err = goldWords(*gold, out)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

func rawText(path string, w io.Writer) error {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	var para []string
	flush := func() {
		if len(para) > 0 {
			fmt.Fprintln(w, strings.Join(para, " "))
			para = para[:0]
		}
	}
	for i := range sents {
		s := &sents[i]
		if s.Comment("newdoc id") != "" || s.Comment("newpar id") != "" || hasComment(s, "newpar") {
			flush()
		}
		para = append(para, s.Text())
	}
	flush()
	return nil
}

func hasComment(s *conllu.Sentence, c string) bool {
	for _, x := range s.Comments {
		if x == c || strings.HasPrefix(x, c+" ") {
			return true
		}
	}
	return false
}

func goldWords(path string, w io.Writer) error {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	an, err := language.Default()
	if err != nil {
		return err
	}
	forms := []string{}
	for i := range sents {
		forms = forms[:0]
		for _, wd := range sents[i].Words {
			forms = append(forms, wd.Form)
		}
		text, s := an.AnalyzeWords(forms)
		if err := conllu.Write(w, s.CoNLLU(text, strconv.Itoa(i+1))); err != nil {
			return err
		}
	}
	return nil
}
