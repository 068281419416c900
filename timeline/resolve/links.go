package resolve

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// mergeLinks translates each result's links from mention indexes to event
// ids. A link told by several documents is kept once, with the highest
// confidence; links from an event to itself and links naming no mention
// are dropped.
func mergeLinks(results []extract.Result, eventOf []int32, events []timeline.Event) []timeline.Link {
	var links []timeline.Link
	base := 0
	for ri := range results {
		res := &results[ri]
		n := len(res.Events)
		for _, l := range res.Links {
			if l.From < 0 || l.From >= n || l.To < 0 || l.To >= n {
				continue
			}
			from, to := events[eventOf[base+l.From]].ID, events[eventOf[base+l.To]].ID
			if from == to {
				continue
			}
			links = append(links, timeline.Link{
				From: from, To: to, Kind: l.Kind, Cue: l.Cue,
				Doc: linkDoc(res, l), Confidence: finite(l.Confidence),
			})
		}
		base += n
	}
	slices.SortFunc(links, compareLinks)
	return slices.CompactFunc(links, func(a, b timeline.Link) bool {
		return a.From == b.From && a.To == b.To && a.Kind == b.Kind
	})
}

func linkDoc(res *extract.Result, l extract.LinkMention) string {
	if d := res.Events[l.From].Mention.Doc; d != "" {
		return d
	}
	return res.Doc
}

func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// compareLinks orders links by (from, to, kind), the most confident and
// then the first document's telling first.
func compareLinks(a, b timeline.Link) int {
	return cmp.Or(
		strings.Compare(a.From, b.From),
		strings.Compare(a.To, b.To),
		strings.Compare(a.Kind, b.Kind),
		cmp.Compare(b.Confidence, a.Confidence),
		strings.Compare(a.Doc, b.Doc),
		strings.Compare(a.Cue, b.Cue),
	)
}
