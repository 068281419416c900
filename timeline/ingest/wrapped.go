package ingest

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// joinWrapped joins the lines of a paragraph that a page broke at a fixed
// width ("the tech-focused lender was attempting\nto find a buyer after
// it failed to raise capital through an emergency\nsale."), which would
// otherwise stand as sentences of their own: a line that ends inside a
// sentence (on a word, a number or a comma) goes on in a next line that
// opens in lower case, and one that ends on a word no sentence ends on
// ("the National Bank of\nSanta Clara") goes on in any next line. A
// document's first line, its headline, never goes on ("Jury finds
// suspect guilty\non April 30, 2008 at 4:31 AM"); a word such as "iPhone"
// or "eBay" may open a sentence in lower case, and is left alone.
func joinWrapped(text string, lines []line) []line {
	out := lines[:0]
	for _, l := range lines {
		if n := len(out); n > 1 && goesOn(text, out[n-1], l) {
			out[n-1].end = l.end
			if out[n-1].kind != timeline.Bullet {
				out[n-1].kind = timeline.Body
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// goesOn reports whether line next continues line prev's sentence.
func goesOn(text string, prev, next line) bool {
	if prev.drop || next.drop || next.raw != next.start || prev.kind == timeline.Caption || prev.kind == timeline.Quote {
		return false
	}
	last := text[prev.end-1]
	if !isASCIILetter(last) && !(last >= '0' && last <= '9') && last != ',' {
		return false
	}
	if s := text[prev.start:prev.end]; wordCount(s) > 1 && openEnded[strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])] {
		return true
	}
	first, _, _ := strings.Cut(text[next.start:next.end], " ")
	if first == "" || first[0] < 'a' || first[0] > 'z' {
		return false
	}
	for i := 1; i < len(first); i++ {
		if first[i] >= 'A' && first[i] <= 'Z' {
			return false // "iPhone sales rose"
		}
	}
	return true
}

// openEnded are the words that leave a sentence unfinished.
var openEnded = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "or": true,
	"to": true, "in": true, "on": true, "for": true, "with": true, "by": true, "at": true, "from": true}

// markCredits reads a picture's credit on a line of its own as what
// closes a caption: the line before it is the caption ("Silicon Valley
// Bank headquarters in Santa Clara, California" over "David Paul
// Morris/Bloomberg/Getty Images"), and a bare name on the line after a
// caption or its credit is the photographer's ("Jeff Chiu"), no part of
// the story.
func markCredits(text string, lines []line) {
	for i := range lines {
		if lines[i].credit && i > 0 && !lines[i-1].drop && lines[i-1].kind != timeline.Bullet && !endsSentence(text[lines[i-1].start:lines[i-1].end]) {
			lines[i-1].kind = timeline.Caption
		}
		if i > 0 && (lines[i-1].credit || lines[i-1].kind == timeline.Caption) && !lines[i].drop && bareName(text[lines[i].start:lines[i].end]) {
			lines[i].drop, lines[i].credit = true, true
		}
	}
}

// bareName reports a line that is only a name: two to four capitalised
// words of letters, with no mark of a sentence.
func bareName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperRune(firstRune(w)) {
			return false
		}
		for _, r := range w {
			if !(r == '.' || r == '-' || r == '\'' || r == '’' || unicode.IsLetter(r)) {
				return false
			}
		}
	}
	return true
}
