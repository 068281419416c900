package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// recapDay returns the day a recap frame opening sentence p's paragraph
// sets: "A quick recap of what happened yesterday: … the Kremlin said
// Kyiv had carried out sabotage" on a live page tells yesterday's
// sayings, not the page's day's. The frame is the paragraph's text
// before its first colon, in a sentence before p's, which must name a
// past day and say it looks back (see recapWords).
func (x *extractor) recapDay(p parsed) *timeline.When {
	text := x.doc.Text
	at := p.s.Span.Start
	lineStart := strings.LastIndexByte(text[:at], '\n') + 1
	colon := strings.IndexByte(text[lineStart:at], ':')
	if colon < 0 {
		return nil
	}
	frame := strings.ToLower(text[lineStart : lineStart+colon])
	if !recapFrame(frame) {
		return nil
	}
	for k := range x.timexes {
		tx := x.timexes[k]
		if tx.Start < lineStart || tx.End > lineStart+colon {
			continue
		}
		w := x.when(k)
		if w.Granularity == timeline.Day && w.Start == w.End && w.Start.Before(x.doc.Published) {
			return w
		}
	}
	return nil
}

// recapWords are what a frame that looks back at a day's news says:
// "what happened", "a recap of", "catch up on", "key events of".
var recapWords = []string{"what happened", "recap", "catch up", "key events", "round-up", "roundup", "what we know"}

func recapFrame(frame string) bool {
	for _, w := range recapWords {
		if strings.Contains(frame, w) {
			return true
		}
	}
	return false
}
