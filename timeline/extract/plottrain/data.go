package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/temporal"
)

// The ESC gold of ECB+ (see /work/shared/eval/ecbplus/README.md): per
// document, the sentences ESC marked events in and the plot links, each
// end with the byte anchors of its words.

type goldFile struct {
	Documents []goldDoc `json:"documents"`
}

type goldDoc struct {
	ID        string     `json:"id"`
	ESC       bool       `json:"esc"`
	Sentences [][]any    `json:"sentences"` // [number, start, end, annotated]
	ESCSents  []int      `json:"esc_event_sentences"`
	Links     []goldLink `json:"plot_links"`
	spans     [][3]int   // [number, start, end]
	escSet    map[int]bool
}

type goldLink struct {
	Cause *string `json:"cause"` // "source", "target" or null
	// SameSentence: both ends lie in one sentence, the only links the
	// classifier can make.
	SameSentence bool    `json:"same_sentence"`
	Source       goldEnd `json:"source"`
	Target       goldEnd `json:"target"`
}

type goldEnd struct {
	Anchors [][2]int `json:"anchors"`
}

// readGold reads a gold file and keeps its ESC documents, by id.
func readGold(path string) (map[string]*goldDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("plottrain: %w", err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("plottrain: %s: %w", path, err)
	}
	out := map[string]*goldDoc{}
	for i := range g.Documents {
		d := &g.Documents[i]
		if !d.ESC {
			continue
		}
		d.escSet = map[int]bool{}
		for _, s := range d.ESCSents {
			d.escSet[s] = true
		}
		for _, s := range d.Sentences {
			if len(s) < 3 {
				return nil, fmt.Errorf("plottrain: %s: document %s: bad sentence %v", path, d.ID, s)
			}
			n, _ := s[0].(float64)
			a, _ := s[1].(float64)
			b, _ := s[2].(float64)
			d.spans = append(d.spans, [3]int{int(n), int(a), int(b)})
		}
		out[d.ID] = d
	}
	return out, nil
}

// inESC reports whether byte pos lies in a sentence ESC marked events in.
func (d *goldDoc) inESC(pos int) bool {
	for _, s := range d.spans {
		if s[1] <= pos && pos < s[2] {
			return d.escSet[s[0]]
		}
	}
	return false
}

// hits reports whether the span [s, e) overlaps one of the anchors.
func (g goldEnd) hits(s, e int) bool {
	for _, a := range g.Anchors {
		if s < a[1] && a[0] < e {
			return true
		}
	}
	return false
}

// extracted is one document as the extractor reads it.
type extracted struct {
	doc   *goldDoc
	res   extract.Result
	sents []language.Sentence
}

// extractESC reads the JSONL documents that gold has ESC links for (at
// most limit of them when limit > 0, in id order) and extracts their
// events as the pipeline does: actors resolved across them, then per
// document the temporal tags, the parse and the events.
func extractESC(jsonl string, gold map[string]*goldDoc, limit int) ([]extracted, error) {
	all, diags, err := ingest.ReadFile(jsonl, ingest.Options{})
	if err != nil {
		return nil, fmt.Errorf("plottrain: %w", err)
	}
	for _, d := range diags {
		if !d.Warning {
			return nil, fmt.Errorf("plottrain: %s: %s", jsonl, d.Message)
		}
	}
	var docs []timeline.Document
	for _, d := range all {
		if gold[d.ID] != nil {
			docs = append(docs, d)
		}
	}
	slices.SortFunc(docs, func(a, b timeline.Document) int { return strings.Compare(a.ID, b.ID) })
	if limit > 0 && len(docs) > limit {
		docs = docs[:limit]
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("plottrain: %s: no document with ESC plot links", jsonl)
	}
	analyzer, err := language.Syntax()
	if err != nil {
		return nil, fmt.Errorf("plottrain: the language models: %w", err)
	}
	finder := actor.NewFinder()
	mentions := make([][]actor.Mention, len(docs))
	for i := range docs {
		mentions[i] = finder.Find(&docs[i])
	}
	actor.Resolve(mentions)
	out := make([]extracted, len(docs))
	for i := range docs {
		sents := analyzer.Analyze(&docs[i])
		timexes := temporal.Tag(docs[i].Text, docs[i].Published)
		out[i] = extracted{doc: gold[docs[i].ID], res: extract.Document(&docs[i], timexes, mentions[i], sents), sents: sents}
	}
	return out, nil
}
