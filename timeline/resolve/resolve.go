package resolve

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// Merge merges the per-document results into events and links, sorted by
// (date, id), with stable ids.
func Merge(results []extract.Result) ([]timeline.Event, []timeline.Link) {
	return nil, nil
}
