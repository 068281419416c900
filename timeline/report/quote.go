package report

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Marks of a quoted sentence.
const (
	markDate    = "date"    // the expression that dates the event
	markTrigger = "trigger" // the word or words that name the event
)

// segment is a stretch of a quoted sentence, marked or plain.
type segment struct {
	Text string
	Mark string
}

// span is a marked stretch of a sentence, [start, end) in bytes.
type span struct {
	start, end int
	mark       string
}

// highlight cuts quote into segments, marking the first place where each
// phrase occurs as a whole word or words. Phrases are tried longest first
// ("Thursday evening" before "Thursday"), and a phrase that overlaps one
// already marked is left plain.
func highlight(quote string, phrases []string, mark string, marked ...span) []segment {
	phrases = slices.Clone(phrases)
	slices.SortStableFunc(phrases, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	spans := slices.Clone(marked)
	for _, p := range phrases {
		if p == "" {
			continue
		}
		if i := findWord(quote, p); i >= 0 && !overlaps(spans, i, i+len(p)) {
			spans = append(spans, span{i, i + len(p), mark})
		}
	}
	return cut(quote, spans)
}

// triggerSpan locates the trigger of m in quote, the mention's text on
// one line: after the one-lined text before the trigger, the first place
// the one-lined trigger occurs. ok is false when m has no usable trigger.
func triggerSpan(quote string, m timeline.Mention) (span, bool) {
	t := m.Trigger
	if t == nil || t.Start < m.Start || t.End > m.Start+len(m.Text) || t.Start >= t.End {
		return span{}, false
	}
	before := oneLine(m.Text[:t.Start-m.Start])
	word := oneLine(m.Text[t.Start-m.Start : t.End-m.Start])
	if word == "" || len(before) > len(quote) {
		return span{}, false
	}
	i := strings.Index(quote[len(before):], word)
	if i < 0 {
		return span{}, false
	}
	i += len(before)
	return span{i, i + len(word), markTrigger}, true
}

// findWord returns where phrase first occurs in s between word
// boundaries: with its own case if it does, else ignoring ASCII case
// ("On Thursday" in a sentence that says "on Thursday"). It returns -1
// when it does not occur.
func findWord(s, phrase string) int {
	if i := indexWord(s, phrase, strings.Index); i >= 0 {
		return i
	}
	return indexWord(s, phrase, indexFold)
}

func indexWord(s, phrase string, index func(s, sub string) int) int {
	for off := 0; off <= len(s)-len(phrase); {
		i := index(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		if boundaryBefore(s, i) && boundaryAfter(s, i+len(phrase)) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	return -1
}

// indexFold is strings.Index ignoring ASCII case. Only ASCII is folded so
// that a match has the byte length of the phrase.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if asciiEqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func asciiEqualFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !isWordRune(r)
}

func boundaryAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func overlaps(spans []span, start, end int) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

// cut splits s at the spans, which do not overlap.
func cut(s string, spans []span) []segment {
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var segs []segment
	at := 0
	for _, sp := range spans {
		if sp.start > at {
			segs = append(segs, segment{Text: s[at:sp.start]})
		}
		segs = append(segs, segment{Text: s[sp.start:sp.end], Mark: sp.mark})
		at = sp.end
	}
	if at < len(s) || len(segs) == 0 {
		segs = append(segs, segment{Text: s[at:]})
	}
	return segs
}
