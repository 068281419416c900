package extract

import (
	"cmp"
	"slices"

	"github.com/storyline/storyline/timeline"
)

// lastQuarter returns the latest quarter over by publication that the
// text named before sentence p since it last named a day: a report
// of results names its quarter once ("Intel said on Thursday it would cut
// jobs. It reported a second-quarter net loss of $1.6 billion, against a
// profit a year earlier. Revenue fell 1% to $12.8 billion."), and its
// figures are that quarter's while the story is at the day it was told. A
// quarter, unlike a month or a year, is named almost only as such a
// period. An earlier quarter is a figure's comparison ("a year earlier",
// read as the year-ago quarter), one not over a forecast's
// ("third-quarter revenue of $13 billion"). Else nil.
func (x *extractor) lastQuarter(p parsed) *timeline.When {
	n, _ := slices.BinarySearchFunc(x.timexes, p.s.Span.Start, func(tx timeline.Timex, at int) int { return cmp.Compare(tx.Start, at) })
	dct := x.doc.Published
	if dct.IsZero() {
		return nil
	}
	latest := -1
	for ref := n - 1; ref >= 0; ref-- {
		iv := x.timexes[ref].Interval
		if iv == nil {
			continue
		}
		if iv.Granularity == timeline.Day || iv.Granularity == timeline.Week {
			break // a day named since: the figures after it are of it
		}
		if iv.Granularity == timeline.Quarter && iv.Days() <= 92 && iv.End.Before(dct) && !x.comparedAt(ref) &&
			(latest < 0 || iv.End.After(x.timexes[latest].Interval.End)) {
			latest = ref
		}
	}
	if latest < 0 {
		return nil
	}
	return carried(x.when(latest), basisPeriod)
}

// comparedAt reports whether time expression ref is one a figure is
// compared with (see comparison) in its parsed sentence: "net income of
// $94 million, down from $99 million a year earlier" names the year-ago
// quarter as the base, which is no period of the figures told after it,
// even when it is the only quarter the text names.
func (x *extractor) comparedAt(ref int) bool {
	tx := x.timexes[ref]
	i, ok := sentenceHolding(x.sents, tx.Start)
	if !ok {
		return false
	}
	return parsed{x: x, s: &x.sents[i]}.comparison(tx)
}
