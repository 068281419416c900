package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/ner"
	"github.com/storyline/storyline/timeline/language/tagger"
)

func init() { register("ner", trainNER) }

// nerData are the sentences the entity model learns from and is scored on,
// each with gold tags and with the tags of the committed tagger model's
// perceptrons (NewPlainTagger: no repairs, so that a repair added later
// leaves this model what the command makes).
type nerData struct {
	gumTrain, gumDev  []ner.Sentence
	unerDev, unerTest []ner.Sentence
	tagged            map[string]ner.Sentence // with predicted tags, by sentence id
	lowered           map[string]ner.Sentence // in lower case, with predicted tags, by sentence id
	text              [][]string              // running text for capitalisation ratios
}

// nerOptions are those of the committed model: four perceptrons averaged
// (parameter mixing) score about a point of F1 higher in cross-validation
// over UNER dev than one, whose shuffles decide too much; pruning weights
// below 0.5 cost nothing there.
var nerOptions = ner.TrainOptions{Epochs: 15, Seed: 1, MinWeight: 0.5, Models: 4}

// trainNER tunes the number of epochs on GUM dev plus a tenth of UNER dev
// (whole documents), trains again on everything but UNER test with that
// many epochs, and scores UNER test once, with gold and predicted tags.
// It learns from the tags of the tagger model in the output directory, as
// it will be used, rather than gold tags; retrain it after the tagger.
func trainNER(nlp string, quick bool, save func(io.WriterTo) error) error {
	d, err := loadNER(nlp, quick)
	if err != nil {
		return err
	}
	log := os.Stderr
	fit, held := splitDocs(d.unerDev)
	opts := nerOptions
	opts.Text = d.text
	if quick {
		opts.Epochs, opts.Models = 4, 1
	}
	tune, err := ner.Train(d.withLowered(d.pred(d.gumTrain, fit, fit)), d.pred(d.gumDev, held), opts, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "ner: held-out dev (GUM dev + UNER dev tenth, predicted tags), epoch %d:\n", tune.Epochs())
	for _, set := range []struct {
		name  string
		sents []ner.Sentence
	}{{"UNER dev tenth", held}, {"GUM dev", d.gumDev}} {
		ner.Evaluate(tune, set.sents).Report(prefixed(log, "  "+set.name+", gold tags: "))
		ner.Evaluate(tune, d.pred(set.sents)).Report(prefixed(log, "  "+set.name+", predicted tags: "))
	}
	opts.Epochs = tune.Epochs()
	m, err := ner.Train(d.withLowered(d.pred(d.gumTrain, d.gumDev, d.unerDev, d.unerDev)), nil, opts, log)
	if err != nil {
		return err
	}
	fmt.Fprintln(log, "ner: UNER English-EWT test, gold tags:")
	ner.Evaluate(m, d.unerTest).Report(log)
	fmt.Fprintln(log, "ner: UNER English-EWT test, predicted tags:")
	ner.Evaluate(m, d.pred(d.unerTest)).Report(log)
	return save(m)
}

// pred returns the sentences of parts with predicted tags.
func (d *nerData) pred(parts ...[]ner.Sentence) []ner.Sentence {
	var out []ner.Sentence
	for _, p := range parts {
		for _, s := range p {
			out = append(out, d.tagged[s.ID])
		}
	}
	return out
}

// withLowered returns sents and, after them, every third of them in lower
// case (case augmentation, Mayhew et al. 2019): much web text is written
// all in lower case, where the model otherwise knows no name. In
// cross-validation over UNER dev (two perceptrons, two seeds) it and the
// GUM countries read as places gave 69.8 → 71.3 F1.
func (d *nerData) withLowered(sents []ner.Sentence) []ner.Sentence {
	out := slices.Clip(sents)
	for i, s := range sents {
		if i%3 == 0 {
			out = append(out, d.lowered[s.ID])
		}
	}
	return out
}

// taggerModel reads the tagger model that the training writes beside the
// entity model (the -o directory), or else the committed one.
func taggerModel() (*tagger.Model, error) {
	path := filepath.Join("timeline", "language", "models", "tagger.model.gz")
	if o := flag.Lookup("o"); o != nil {
		if p := filepath.Join(o.Value.String(), "tagger.model.gz"); fileExists(p) {
			path = p
		}
	}
	m, err := readModel(path, tagger.Read)
	if err != nil {
		return nil, fmt.Errorf("the entity model learns from predicted tags: %w", err)
	}
	fmt.Fprintf(os.Stderr, "ner: predicted tags from %s\n", path)
	return m, nil
}

// readModel reads the gzipped model file at path with read.
func readModel[M any](path string, read func(io.Reader) (M, error)) (M, error) {
	var none M
	f, err := os.Open(path)
	if err != nil {
		return none, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return none, fmt.Errorf("%s: %w", path, err)
	}
	m, err := read(zr)
	if err != nil {
		return none, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// retagNER returns s with the tags of tg.
func retagNER(tg *tagger.Tagger, s ner.Sentence, buf []tagger.Analysis) (ner.Sentence, []tagger.Analysis) {
	buf = tg.Tag(s.Words, buf[:0])
	s.UPOS, s.XPOS = make([]string, len(buf)), make([]string, len(buf))
	for i, a := range buf {
		s.UPOS[i], s.XPOS[i] = a.UPOS, a.XPOS
	}
	return s, buf
}

// lowered returns s with its words in lower case.
func lowered(s ner.Sentence) ner.Sentence {
	s.Words = slices.Clone(s.Words)
	for i, w := range s.Words {
		s.Words[i] = strings.ToLower(w)
	}
	return s
}

func loadNER(nlp string, quick bool) (*nerData, error) {
	read := func(parts ...string) ([]conllu.Sentence, error) {
		return conllu.ReadFile(filepath.Join(append([]string{nlp}, parts...)...))
	}
	gumTrain, err := read("ud-english-gum", "en_gum-ud-train.conllu")
	if err != nil {
		return nil, err
	}
	gumDev, err := read("ud-english-gum", "en_gum-ud-dev.conllu")
	if err != nil {
		return nil, err
	}
	ewtTrain, err := read("ud-english-ewt", "en_ewt-ud-train.conllu")
	if err != nil {
		return nil, err
	}
	ewtDev, err := read("ud-english-ewt", "en_ewt-ud-dev.conllu")
	if err != nil {
		return nil, err
	}
	ewtTest, err := read("ud-english-ewt", "en_ewt-ud-test.conllu")
	if err != nil {
		return nil, err
	}
	if quick {
		gumTrain, gumDev, ewtTrain = gumTrain[:400], gumDev[:100], ewtTrain[:400]
	}
	d := &nerData{}
	if d.gumTrain, err = fromGUM(gumTrain); err != nil {
		return nil, err
	}
	if d.gumDev, err = fromGUM(gumDev); err != nil {
		return nil, err
	}
	if d.unerDev, err = readUNER(filepath.Join(nlp, "uner-english-ewt", "en_ewt-ud-dev.iob2"), ewtDev); err != nil {
		return nil, err
	}
	if d.unerTest, err = readUNER(filepath.Join(nlp, "uner-english-ewt", "en_ewt-ud-test.iob2"), ewtTest); err != nil {
		return nil, err
	}
	if quick {
		d.unerDev, d.unerTest = d.unerDev[:300], d.unerTest[:300]
	}
	tm, err := taggerModel()
	if err != nil {
		return nil, err
	}
	tg := tm.NewPlainTagger()
	var buf []tagger.Analysis
	d.tagged, d.lowered = map[string]ner.Sentence{}, map[string]ner.Sentence{}
	for k, ss := range [][]ner.Sentence{d.gumTrain, d.gumDev, d.unerDev, d.unerTest} {
		for _, s := range ss {
			if _, dup := d.tagged[s.ID]; dup || s.ID == "" {
				return nil, fmt.Errorf("sentence id %q not unique", s.ID)
			}
			d.tagged[s.ID], buf = retagNER(tg, s, buf)
			if k < 3 { // never UNER test
				d.lowered[s.ID], buf = retagNER(tg, lowered(s), buf)
			}
		}
	}
	for _, ss := range [][]conllu.Sentence{ewtTrain, ewtDev, gumTrain, gumDev} {
		for _, s := range ss {
			words := make([]string, len(s.Words))
			for i, w := range s.Words {
				words[i] = w.Form
			}
			d.text = append(d.text, words)
		}
	}
	return d, nil
}

func fromGUM(ss []conllu.Sentence) ([]ner.Sentence, error) {
	out := make([]ner.Sentence, 0, len(ss))
	for i := range ss {
		s, err := ner.FromGUM(&ss[i])
		if err != nil {
			return nil, fmt.Errorf("GUM %s: %w", ss[i].Comment("sent_id"), err)
		}
		out = append(out, s)
	}
	return out, nil
}

func readUNER(path string, treebank []conllu.Sentence) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, skipped, err := ner.ReadIOB2(f, treebank)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(os.Stderr, "ner: %s: %d sentences, %d skipped (words differ from the treebank)\n", filepath.Base(path), len(out), skipped)
	return out, nil
}

// splitDocs holds out the UNER sentences of about one document in ten,
// chosen by a hash of the document's name.
func splitDocs(ss []ner.Sentence) (fit, held []ner.Sentence) {
	for _, s := range ss {
		doc := s.ID
		if i := strings.LastIndexByte(doc, '-'); i > 0 {
			doc = doc[:i]
		}
		h := fnv.New32a()
		h.Write([]byte(doc))
		if h.Sum32()%10 == 0 {
			held = append(held, s)
		} else {
			fit = append(fit, s)
		}
	}
	return fit, held
}

func join(parts ...[]ner.Sentence) []ner.Sentence {
	var out []ner.Sentence
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// prefixed writes each line to w after prefix.
func prefixed(w io.Writer, prefix string) io.Writer { return &prefixWriter{w: w, prefix: prefix} }

type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	for line := range strings.SplitAfterSeq(string(b), "\n") {
		if line != "" {
			fmt.Fprint(p.w, p.prefix+line)
		}
	}
	return len(b), nil
}
