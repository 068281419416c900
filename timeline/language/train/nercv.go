package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline/language/ner"
)

func init() { register("nercv", crossValidateNER) }

// cvFolds is the number of parts of UNER dev that cross-validation holds
// out in turn, by document.
const cvFolds = 5

// crossValidateNER scores the entity model's training recipe by 5-fold
// cross-validation over UNER dev documents: each fold is labelled by a
// model trained on GUM and the other folds, as the committed model is,
// for nerCVEpochs epochs (NER_CV_EPOCHS=N for another number, the curve
// printed scoring each; NER_CV_NMODELS=N for another number of averaged
// perceptrons). Recipes are chosen here, never on UNER test. It runs
// only when asked by name (-only nercv) and saves nothing; with
// NER_CV_ERRORS=FILE it writes each fold's wrong sentences there.
func crossValidateNER(nlp string, quick bool, _ func(io.WriterTo) error) error {
	if o := flag.Lookup("only"); o == nil || !slices.Contains(strings.Split(o.Value.String(), ","), "nercv") {
		return nil
	}
	d, err := loadNER(nlp, quick)
	if err != nil {
		return err
	}
	opts := nerOptions
	opts.Text = d.text
	opts.Epochs = nerCVEpochs
	if n, err := strconv.Atoi(os.Getenv("NER_CV_EPOCHS")); err == nil {
		opts.Epochs = n
	}
	if n, err := strconv.Atoi(os.Getenv("NER_CV_NMODELS")); err == nil {
		opts.Models = n
	}
	if quick {
		opts.Epochs, opts.Models = 2, 1
	}
	// The pooled scores of each epoch's model, for a learning curve.
	curve := make([]*ner.Scorer, opts.Epochs+1)
	for i := range curve {
		curve[i] = ner.NewScorer("PER", "ORG", "LOC")
	}
	folds := make([][]ner.Sentence, cvFolds)
	for _, s := range d.unerDev {
		k := docHash(s.ID) % cvFolds
		folds[k] = append(folds[k], s)
	}
	var errs io.Writer = io.Discard
	if path := os.Getenv("NER_CV_ERRORS"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		errs = f
	}
	all, harm := ner.NewScorer("PER", "ORG", "LOC"), ner.NewScorer("PER", "ORG", "LOC")
	for k := range folds {
		var fit []ner.Sentence
		for j, f := range folds {
			if j != k {
				fit = append(fit, f...)
			}
		}
		fopts := opts
		fopts.OnEpoch = func(epoch int, m *ner.Model) {
			sc := ner.Evaluate(m, d.pred(folds[k]))
			c := &curve[epoch].All
			c.Gold, c.Guess, c.Right = c.Gold+sc.All.Gold, c.Guess+sc.All.Guess, c.Right+sc.All.Right
			for _, t := range sc.Types {
				c, f := curve[epoch].ByType[t], sc.ByType[t]
				c.Gold, c.Guess, c.Right = c.Gold+f.Gold, c.Guess+f.Guess, c.Right+f.Right
			}
		}
		m, err := cvModel(k, func() (*ner.Model, error) {
			return ner.Train(d.withLowered(d.pred(d.gumTrain, d.gumDev, fit, fit)), nil, fopts, io.Discard)
		})
		if err != nil {
			return err
		}
		sc := ner.NewScorer("PER", "ORG", "LOC")
		rc := m.NewRecognizer()
		sents := d.pred(folds[k])
		outs := make([][]string, len(sents))
		for i, s := range sents {
			outs[i] = rc.Recognize(s.Words, s.UPOS, s.XPOS, nil)
			sc.Add(s.Labels, outs[i])
			all.Add(s.Labels, outs[i])
			writeErrors(errs, s, outs[i])
		}
		harmonizeDocs(sents, outs)
		for i, s := range sents {
			harm.Add(s.Labels, outs[i])
		}
		fmt.Fprintf(os.Stderr, "nercv fold %d: F1 %.2f\n", k, sc.All.F1())
	}
	for e, sc := range curve[1:] {
		if sc.All.Gold > 0 {
			fmt.Fprintf(os.Stderr, "nercv epoch %d: F1 %.2f (PER %.2f, ORG %.2f, LOC %.2f)\n", e+1, sc.All.F1(), sc.ByType["PER"].F1(), sc.ByType["ORG"].F1(), sc.ByType["LOC"].F1())
		}
	}
	fmt.Fprintln(os.Stderr, "nercv: UNER dev, 5 folds pooled, predicted tags:")
	all.Report(os.Stderr)
	fmt.Fprintln(os.Stderr, "nercv: the same, each document harmonized (ner.Harmonize):")
	harm.Report(os.Stderr)
	return nil
}

// harmonizeDocs runs ner.Harmonize over each document's labels, as the
// language layer does: sentences of one document follow each other.
func harmonizeDocs(sents []ner.Sentence, outs [][]string) {
	for i := 0; i < len(sents); {
		j := i + 1
		for j < len(sents) && docOf(sents[j].ID) == docOf(sents[i].ID) {
			j++
		}
		forms := make([][]string, 0, j-i)
		for _, s := range sents[i:j] {
			forms = append(forms, s.Words)
		}
		ner.Harmonize(forms, outs[i:j])
		i = j
	}
}

// cvModel returns fold k's model from train, or, with NER_CV_MODELS=DIR,
// from DIR when an earlier run saved it there: a change to the rules
// after the model is then scored in seconds. Clear DIR when the features,
// the options or the training data change.
func cvModel(k int, train func() (*ner.Model, error)) (*ner.Model, error) {
	dir := os.Getenv("NER_CV_MODELS")
	if dir == "" {
		return train()
	}
	path := filepath.Join(dir, fmt.Sprintf("fold%d.model", k))
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		m, err := ner.Read(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return m, nil
	}
	m, err := train()
	if err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, f.Close()
}

// nerCVEpochs is the number of epochs cross-validation trains: the one the
// committed model's tuning chose.
const nerCVEpochs = 5

func docHash(id string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(docOf(id)))
	return h.Sum32()
}

// docOf returns the document part of a sentence id ("doc-0003").
func docOf(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// writeErrors writes the sentence when its labels differ from gold, each
// word with its gold and guessed label.
func writeErrors(w io.Writer, s ner.Sentence, out []string) {
	if slices.Equal(s.Labels, out) || w == io.Discard {
		return
	}
	fmt.Fprintf(w, "# %s\n", s.ID)
	for i, f := range s.Words {
		mark := ""
		if s.Labels[i] != out[i] {
			mark = "  <<"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s%s\n", f, s.XPOS[i], s.Labels[i], out[i], mark)
	}
	fmt.Fprintln(w)
}
