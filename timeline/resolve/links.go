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
// confidence and every document in Docs; links from an event to itself and
// links naming no mention are dropped.
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
	return keepOnePerPair(links)
}

// keepOnePerPair keeps the first (most confident) of each run of links with
// one (from, to, kind), with every document of the run in Docs.
func keepOnePerPair(links []timeline.Link) []timeline.Link {
	out := links[:0]
	for i := 0; i < len(links); {
		j := i + 1
		for j < len(links) && links[j].From == links[i].From && links[j].To == links[i].To && links[j].Kind == links[i].Kind {
			j++
		}
		l := links[i]
		l.Docs = make([]string, 0, j-i)
		for _, m := range links[i:j] {
			l.Docs = append(l.Docs, m.Doc)
		}
		slices.Sort(l.Docs)
		l.Docs = slices.Compact(l.Docs)
		if len(l.Docs) > 1 {
			l.Doc = ""
		}
		out = append(out, l)
		i = j
	}
	return out
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
