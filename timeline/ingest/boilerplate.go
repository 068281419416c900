package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// line is one non-blank line of a text: the bounds of its content (trimmed,
// without a list or heading marker), what it is, and whether it is kept.
type line struct {
	raw        int // where the trimmed line starts, marker included
	start, end int
	kind       timeline.SpanKind
	drop       bool
	credit     bool // a picture's credit (see markCredits)
}

// Clean finds the article in text: it drops boilerplate lines (site
// chrome, advertising, follower counters, comment forms, share buttons,
// breadcrumbs, date stamps and bylines, stray HTML, a masthead or the
// writer's bio closing the page, a line repeating the one before, a
// picture's credit), joins the lines of a paragraph broken at a fixed
// width (joinWrapped) and splits the rest into sentences, each marked Body, Heading, Caption, Quote or Bullet. Spans are
// byte offsets into text, which is not changed; dropped lines are simply
// not covered. It returns the sentences and the number of lines dropped.
func Clean(text string) ([]timeline.Span, int) {
	spans, dropped, _ := clean(text)
	return spans, dropped
}

// clean is Clean, also returning the headline above the article's byline
// (headlineAboveByline), or "".
func clean(text string) ([]timeline.Span, int, string) {
	lines := joinWrapped(text, classifyLines(text))
	markCredits(text, lines)
	dropTeasers(text, lines)
	dropTeaserLists(text, lines)
	dropPressTail(text, lines)
	markLabelledCaptions(text, lines)
	dropLabels(text, lines)
	dropRepeats(text, lines)
	dropRepeatedCaptions(text, lines)
	dropMasthead(text, lines)
	dropPostBylines(text, lines)
	dropAuthorBio(text, lines)
	headline := headlineAboveByline(text, lines)
	var spans []timeline.Span
	dropped := 0
	for _, l := range lines {
		if l.drop {
			dropped++
			continue
		}
		start := l.start
		if l.kind == timeline.Body {
			// A wire dateline is no part of the sentence it opens: its
			// date is read as the publication's (see dateline).
			start += datelineLen(text[l.start:l.end])
		}
		spans = segmentLine(text, start, l.end, l.kind, spans)
	}
	return spans, dropped, headline
}

// classifyLines splits text into its non-blank lines and classifies each.
func classifyLines(text string) []line {
	lines := make([]line, 0, strings.Count(text, "\n")+1)
	for pos := 0; pos < len(text); {
		end := len(text)
		if i := strings.IndexByte(text[pos:], '\n'); i >= 0 {
			end = pos + i
		}
		s, e := trimSpace(text, pos, end)
		if s < e {
			lines = append(lines, classify(text, s, e))
		}
		pos = end + 1
	}
	return lines
}

// classify decides what the trimmed line text[s:e] is.
func classify(text string, s, e int) line {
	l := line{raw: s, start: s, end: e, kind: timeline.Body}
	content := text[s:e]
	if isTagResidue(content) || ruleLine(content) {
		l.drop = true
		return l
	}
	marked := false
	if n, kind := listMarker(content); n > 0 {
		l.start, l.kind, marked = s+n, kind, true
		l.start, _ = trimSpace(text, l.start, e)
		content = text[l.start:e]
	}
	if n := galleryCounter(content); n > 0 {
		l.start += n
		content = text[l.start:e]
		if content == "" { // a count alone
			l.drop = true
			return l
		}
	}
	if creditOnly(content) || labelledCredit(content) || nameCredit(content) {
		l.drop, l.credit = true, true
		return l
	}
	if isChrome(content) || isBreadcrumb(content) || slashCrumb(content) || isStamp(content) || isByline(content) || continueLink(content) || isMetaLine(content) || isPageChrome(content) {
		l.drop = true
		return l
	}
	if n := agencyTag(content); n > 0 {
		l.end -= n
		content = text[l.start:l.end]
	}
	switch {
	case marked:
	case leadingCredit(content) > 0:
		// The credit names the photographer and agency, no part of
		// what the caption tells.
		l.kind = timeline.Caption
		l.start += leadingCredit(content)
	case captionLabel(content) > 0:
		l.kind = timeline.Caption
		l.start, _ = trimSpace(text, l.start+captionLabel(content), e)
	case isCaption(content):
		l.kind = timeline.Caption
		k := closingCredit(content)
		if k <= 0 {
			k = creditStart(content)
		}
		if k > 0 {
			// The credit names the photographer and agency, who take
			// no part in what the caption tells.
			l.end = l.start + k
			l.start, l.end = trimSpace(text, l.start, l.end)
		}
	case isQuoteOnly(content):
		l.kind = timeline.Quote
	case isHeading(content):
		l.kind = timeline.Heading
	}
	return l
}

// listMarker returns the length of a bullet ("- ", "• ", "* ") or a
// Markdown heading marker ("## ") opening line, and the kind it marks.
func listMarker(s string) (int, timeline.SpanKind) {
	for _, m := range []string{"- ", "* ", "• ", "– ", "· ", "▪ ", "‣ "} {
		if strings.HasPrefix(s, m) && len(s) > len(m) {
			return len(m), timeline.Bullet
		}
	}
	n := 0
	for n < len(s) && n < 6 && s[n] == '#' {
		n++
	}
	if n > 0 && n < len(s) && s[n] == ' ' {
		return n + 1, timeline.Heading
	}
	return 0, timeline.Body
}

// dropRepeats drops a line that repeats the non-blank line before it (a
// standfirst printed twice, a headline repeated under the breadcrumb).
func dropRepeats(text string, lines []line) {
	for i := 1; i < len(lines); i++ {
		if !lines[i].drop && text[lines[i].raw:lines[i].end] == text[lines[i-1].raw:lines[i-1].end] {
			lines[i].drop = true
		}
	}
}

// dropMasthead drops the last kept line when it is a short heading: a
// heading that nothing follows is the publication's name ("THE TIMES", "The
// Daily Ledger") or an agency credit, not part of the article.
func dropMasthead(text string, lines []line) {
	kept := 0
	for i := range lines {
		if !lines[i].drop {
			kept++
		}
	}
	for i := len(lines) - 1; i >= 0 && kept > 1; i-- {
		if lines[i].drop {
			continue
		}
		s := text[lines[i].start:lines[i].end]
		if lines[i].kind == timeline.Heading && len(s) <= 40 && wordCount(s) <= 5 {
			lines[i].drop = true
		}
		return
	}
}

// isHeading reports a title or subheading: a line that opens like a
// sentence and does not end like one, and is short (a headline in sentence
// case) or in title case.
func isHeading(s string) bool {
	if len(s) > 200 || endsSentence(s) {
		return false
	}
	if n := wordCount(s); n > 20 || n > 12 && !titleCase(s) {
		return false
	}
	r := firstRune(s)
	return isUpperRune(r) || r >= '0' && r <= '9' || isOpeningQuote(r)
}

// titleCase reports whether most words of four letters or more are
// capitalised.
func titleCase(s string) bool {
	long, capital := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if isUpperRune(firstRune(w)) {
			capital++
		}
	}
	return capital*2 > long
}

// isQuoteOnly reports a line that is one quotation and nothing else.
func isQuoteOnly(s string) bool {
	switch {
	case strings.HasPrefix(s, "“") && strings.HasSuffix(s, "”"):
		return strings.Count(s, "”") == 1
	case len(s) > 2 && s[0] == '"' && s[len(s)-1] == '"':
		return strings.Count(s, `"`) == 2
	}
	return false
}

// endsSentence reports whether s ends in sentence punctuation, looking
// past closing quotes and brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		switch {
		case strings.HasSuffix(s, "”"), strings.HasSuffix(s, "’"), strings.HasSuffix(s, "»"):
			_, n := lastRune(s)
			s = s[:len(s)-n]
		case strings.HasSuffix(s, "…"):
			return true
		default:
			switch s[len(s)-1] {
			case '"', '\'', ')', ']':
				s = s[:len(s)-1]
			case '.', '!', '?', ':', ';', ',':
				return true
			default:
				return false
			}
		}
	}
	return false
}

// wordCount counts the runs of non-space bytes in s.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
