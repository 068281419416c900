package ingest

import "github.com/storyline/storyline/timeline"

// A text copied from a browser opens with the page's chrome: the site's
// name, its tagline, its menu ("NBS Homepage", "Exclusive news, data and
// analytics for …", "What's On"), which the first heading rule took for
// the headline. The headline is the heading that stands right above the
// article's particulars, its byline or its date stamp, with perhaps a
// standfirst and a picture between them; the chrome above it is cut off
// from it by the menu's dropped lines.

// minHeadlineWords is the fewest words a headline has: fewer is a menu's
// item or a section's name ("What's On", "Search NBS").
const minHeadlineWords = 4

// headlineAboveByline returns the line that heads the article, or "": the
// first heading of four words or more in the run of kept lines right
// above the first byline or date stamp, before any sentence of running
// text. The run ends, going up, at the first dropped line above a kept
// one; captions and picture credits belong to the run. What the page
// printed above the run is its chrome (the site's name, a tagline, a
// menu's items the vocabulary misses: "NBS Homepage", "What's On"), and
// is dropped once a headline is found.
func headlineAboveByline(text string, lines []line) string {
	head, top := findHeadline(text, lines)
	if head != "" {
		for i := range top {
			lines[i].drop = true
		}
	}
	return head
}

// findHeadline returns the headline and the index of the first line of
// its run.
func findHeadline(text string, lines []line) (string, int) {
	particulars := -1
	for i, l := range lines {
		s := text[l.start:l.end]
		if !l.drop && l.kind == timeline.Body && endsSentence(s) && wordCount(s) > 1 {
			return "", 0 // running text; "U.S." is a menu's item
		}
		if l.drop && !l.credit && s != "" && (isByline(s) || isStamp(s)) {
			particulars = i
			break
		}
	}
	head := ""
	collected := false
	for i := particulars - 1; i >= 0; i-- {
		l := lines[i]
		switch {
		case l.credit || l.kind == timeline.Caption:
		case l.drop && collected:
			return head, i + 1
		case l.drop:
		case l.kind == timeline.Heading:
			collected = true
			if s := text[l.start:l.end]; wordCount(s) >= minHeadlineWords {
				head = s
			}
		default:
			collected = true
		}
	}
	return head, 0
}
