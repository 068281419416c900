package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// sentences returns the spans to read: the kept Body, Bullet and Quote
// sentences, each once. A document with no sentences is read line by line.
func (x *extractor) sentences() []timeline.Span {
	spans := x.doc.Sentences
	if len(spans) == 0 {
		spans = splitLines(x.doc.Text)
	}
	out := x.spans[:0]
	for _, sp := range spans {
		if !validSpan(sp.Start, sp.End, len(x.doc.Text)) {
			continue
		}
		if sp.Kind == timeline.Heading {
			continue
		}
		key := strings.TrimSpace(x.doc.Text[sp.Start:sp.End])
		if x.seen[key] {
			continue
		}
		x.seen[key] = true
		out = append(out, sp)
	}
	x.spans = out
	return out
}

// splitLines cuts text into lines and the lines at ". " before a capital,
// for documents that come without sentences.
func splitLines(text string) []timeline.Span {
	var out []timeline.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		end := i == len(text) || text[i] == '\n'
		if !end && text[i] == '.' && i+2 < len(text) && text[i+1] == ' ' && 'A' <= text[i+2] && text[i+2] <= 'Z' {
			out = appendSpan(out, text, start, i+1)
			start = i + 2
			continue
		}
		if end {
			out = appendSpan(out, text, start, i)
			start = i + 1
		}
	}
	return out
}

func appendSpan(out []timeline.Span, text string, start, end int) []timeline.Span {
	for start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\r') {
		start++
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
		end--
	}
	if start < end {
		out = append(out, timeline.Span{Start: start, End: end, Kind: timeline.Body})
	}
	return out
}
