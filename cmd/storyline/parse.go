package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"sync"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/conllu"
)

func runParse(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("parse", "[--format conllu|json] [--dct YYYY-MM-DD] INPUT...", e.stderr)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "conllu", "output `FORMAT`: conllu, or json (one line per document)")
	allLines := fs.Bool("all-lines", false, "analyse every line, boilerplate too (to score against a treebank's raw text)")
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if *format != "conllu" && *format != "json" {
		fmt.Fprintf(e.stderr, "storyline parse: unknown format %q\n", *format)
		return exitUsage
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	opt, err := in.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline parse: %v\n", err)
		return exitUsage
	}
	an, err := language.Default()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline parse: %v\n", err)
		return exitPartial
	}
	docs, diags := readArticles(e, paths, opt)
	if *allLines {
		for i := range docs {
			docs[i].Sentences = ingest.Segment(docs[i].Text, 0, len(docs[i].Text))
		}
	}
	write := writeCoNLLU
	if *format == "json" {
		write = writeParseJSON
	}
	out := bufio.NewWriter(e.stdout)
	err = forEachInOrder(ctx, len(docs), func(i int, buf *bytes.Buffer) error {
		return write(buf, &docs[i], an.Analyze(&docs[i]))
	}, func(buf *bytes.Buffer) error {
		_, err := out.Write(buf.Bytes())
		return err
	})
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline parse: %v\n", err)
		return exitPartial
	}
	return exitFor(diags)
}

// forEachInOrder runs work on every CPU, a window of items at a time, and
// hands each item's output to emit in item order.
func forEachInOrder(ctx context.Context, n int, work func(i int, buf *bytes.Buffer) error, emit func(*bytes.Buffer) error) error {
	window := 4 * runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, window)
	errs := make([]error, window)
	for lo := 0; lo < n; lo += window {
		if err := ctx.Err(); err != nil {
			return err
		}
		hi := min(lo+window, n)
		var wg sync.WaitGroup
		for i := lo; i < hi; i++ {
			bufs[i-lo].Reset()
			wg.Go(func() { errs[i-lo] = work(i, &bufs[i-lo]) })
		}
		wg.Wait()
		for i := lo; i < hi; i++ {
			if errs[i-lo] != nil {
				return errs[i-lo]
			}
			if err := emit(&bufs[i-lo]); err != nil {
				return err
			}
		}
	}
	return nil
}

func writeCoNLLU(buf *bytes.Buffer, doc *timeline.Document, sents []language.Sentence) error {
	bw := bufio.NewWriter(buf)
	fmt.Fprintf(bw, "# newdoc id = %s\n", doc.ID)
	for i := range sents {
		if err := conllu.Write(bw, sents[i].CoNLLU(doc.Text, doc.ID+"-"+strconv.Itoa(i+1))); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// parsedSentence is a sentence in the JSON output of parse.
type parsedSentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	*language.Sentence
}

func writeParseJSON(buf *bytes.Buffer, doc *timeline.Document, sents []language.Sentence) error {
	out := struct {
		Doc       string           `json:"doc"`
		Path      string           `json:"path"`
		Sentences []parsedSentence `json:"sentences"`
	}{Doc: doc.ID, Path: doc.Path, Sentences: make([]parsedSentence, len(sents))}
	for i := range sents {
		s := &sents[i]
		out.Sentences[i] = parsedSentence{s.Span.Start, s.Span.End, doc.Text[s.Span.Start:s.Span.End], s}
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
