package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/ner"
	"github.com/storyline/storyline/timeline/language/tagger"
)

func init() { register("nereval", evaluateNER) }

// evaluateNER scores the entity model in the output directory (or the
// committed one) on UNER English-EWT test and GUM test, with the tags of
// the committed tagger, each sentence alone and each document harmonized
// (ner.Harmonize, as the language layer runs it), without training: a
// change to the rules after the model is scored in seconds. It runs only
// when asked by name (-only nereval) and saves nothing.
func evaluateNER(nlp string, _ bool, _ func(io.WriterTo) error) error {
	if o := flag.Lookup("only"); o == nil || !slices.Contains(strings.Split(o.Value.String(), ","), "nereval") {
		return nil
	}
	m, err := entityModel()
	if err != nil {
		return err
	}
	tm, err := taggerModel()
	if err != nil {
		return err
	}
	tg := tm.NewPlainTagger()
	ewtTest, err := conllu.ReadFile(filepath.Join(nlp, "ud-english-ewt", "en_ewt-ud-test.conllu"))
	if err != nil {
		return err
	}
	uner, err := readUNER(filepath.Join(nlp, "uner-english-ewt", "en_ewt-ud-test.iob2"), ewtTest)
	if err != nil {
		return err
	}
	gumTest, err := conllu.ReadFile(filepath.Join(nlp, "ud-english-gum", "en_gum-ud-test.conllu"))
	if err != nil {
		return err
	}
	gum, err := fromGUM(gumTest)
	if err != nil {
		return err
	}
	var buf []tagger.Analysis
	for _, set := range []struct {
		name  string
		sents []ner.Sentence
	}{{"UNER English-EWT test", uner}, {"GUM test", gum}} {
		rc := m.NewRecognizer()
		plain, harm := ner.NewScorer("PER", "ORG", "LOC"), ner.NewScorer("PER", "ORG", "LOC")
		outs := make([][]string, len(set.sents))
		for i, s := range set.sents {
			s, buf = retagNER(tg, s, buf)
			outs[i] = rc.Recognize(s.Words, s.UPOS, s.XPOS, nil)
			plain.Add(s.Labels, outs[i])
		}
		harmonizeDocs(set.sents, outs)
		for i, s := range set.sents {
			harm.Add(s.Labels, outs[i])
		}
		fmt.Fprintf(os.Stderr, "nereval: %s, predicted tags:\n", set.name)
		plain.Report(os.Stderr)
		fmt.Fprintf(os.Stderr, "nereval: %s, predicted tags, each document harmonized:\n", set.name)
		harm.Report(os.Stderr)
	}
	return nil
}

// entityModel reads the entity model in the -o directory.
func entityModel() (*ner.Model, error) {
	path := filepath.Join("timeline", "language", "models", "ner.model.gz")
	if o := flag.Lookup("o"); o != nil {
		path = filepath.Join(o.Value.String(), "ner.model.gz")
	}
	return readModel(path, ner.Read)
}
