package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// stampBefore returns the day a time stamp on a line of its own right
// before sentence p sets for the story: a live page's "3:30 p.m." or
// "Yesterday" above the entry it heads. The entries run newest first,
// so without it an entry took the day the one above it ended on ("late
// on Friday") while it told of the page's own day. The day only: the
// stamp says when the entry was written, not the hour of what it tells.
// The language layer keeps no sentence for such a line, so it is read
// off the text.
func (x *extractor) stampBefore(p parsed) (*timeline.When, bool) {
	at := p.s.Span.Start
	text := x.doc.Text
	for k := len(x.timexes) - 1; k >= 0; k-- {
		tx := x.timexes[k]
		if tx.End > at {
			continue
		}
		gap := text[tx.End:at]
		lineStart := strings.LastIndexByte(text[:tx.Start], '\n') + 1
		if strings.TrimSpace(gap) != "" || !strings.Contains(gap, "\n") || strings.TrimSpace(text[lineStart:tx.Start]) != "" {
			return nil, false
		}
		w := x.when(k)
		if w.Granularity != timeline.Day || w.Start != w.End {
			return nil, false
		}
		w.Value = w.Start.String()
		return p.storyDay(w)
	}
	return nil, false
}
