package resolve

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// Weights score how strongly two events look like one in the second
// merging pass (see corefer): the pairwise score adds the terms below, and
// events merge while the mean score between two groups is at least
// Threshold.
type Weights struct {
	SameWord    float64 `json:"same_word"`    // the events share a trigger word
	RelatedWord float64 `json:"related_word"` // their words are related (a noun and its verb, a shared sense)
	Doc         float64 `json:"doc"`          // times the documents' cosine less DocBias
	DocBias     float64 `json:"doc_bias"`
	// SameDoc stands for the cosine of two tellings in one document: a
	// word repeated in one article names one event less surely than the
	// documents' likeness alone would say.
	SameDoc     float64 `json:"same_doc"`
	SharedAgent float64 `json:"shared_agent"`
	SharedActor float64 `json:"shared_actor"`
	SharedPlace float64 `json:"shared_place"`
	// SamePeople and OtherPeople count, in an archive, for events that
	// name a person in common and against events whose named people all
	// differ (whoFit).
	SamePeople  float64 `json:"same_people"`
	OtherPeople float64 `json:"other_people"`
	// OtherDocPeople counts against events whose documents name
	// different people with their word, when one names none itself.
	OtherDocPeople float64 `json:"other_doc_people"`
	Overlap        float64 `json:"overlap"` // dates that overlap
	Threshold      float64 `json:"threshold"`
}

// defaultWeights were chosen on the ECB+ train topics by
// timeline/resolve/tune (a grid over the documents' weight and zero
// point, the related-word weight and the threshold); the documents'
// cosine dominates, as topic clustering does in the published systems.
//
//go:embed weights.json
var defaultWeights []byte

// DefaultWeights returns the weights Merge uses unless told otherwise.
func DefaultWeights() Weights { return embeddedWeights() }

var embeddedWeights = sync.OnceValue(func() Weights {
	w, err := parseWeights(defaultWeights)
	if err != nil {
		panic("resolve: embedded weights.json: " + err.Error()) // a broken build
	}
	return w
})

// ReadWeights reads weights from a JSON file as tune writes them.
func ReadWeights(path string) (Weights, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Weights{}, fmt.Errorf("resolve: %w", err)
	}
	w, err := parseWeights(b)
	if err != nil {
		return Weights{}, fmt.Errorf("resolve: %s: %w", path, err)
	}
	return w, nil
}

func parseWeights(b []byte) (Weights, error) {
	var w Weights
	if err := json.Unmarshal(b, &w); err != nil {
		return Weights{}, err
	}
	if w.Threshold <= 0 {
		return Weights{}, fmt.Errorf("threshold %v: want a positive threshold", w.Threshold)
	}
	return w, nil
}
