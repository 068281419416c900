package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Segment splits text[start:end] into sentences: Body spans in order,
// never overlapping, trimmed of surrounding space. A line break always
// ends a sentence, so headlines and list items without full stops stand
// alone. A full stop ends a sentence only when space and something that
// can open one (not a lower-case letter) follow, and not after a title
// ("Mr.", "Gen."), an initial ("J. Smith"), a month before a day
// ("Feb. 14") or an abbreviation such as "U.S." unless a word that
// typically opens a sentence follows. Closing quotes and brackets, and
// reference marks ("[7]") and emoticons after the mark, stay with the
// sentence they close; an emoticon alone before a capital ends one, and an
// ellipsis after a full stop opens the next, as the UD treebanks split
// them. Out-of-range bounds are clamped.
func Segment(text string, start, end int) []timeline.Span {
	start, end = clampRange(len(text), start, end)
	var spans []timeline.Span
	for pos := start; pos < end; {
		le := end
		if i := strings.IndexByte(text[pos:end], '\n'); i >= 0 {
			le = pos + i
		}
		spans = segmentLine(text, pos, le, timeline.Body, spans)
		pos = le + 1
	}
	return spans
}

func clampRange(n, start, end int) (int, int) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}

// segmentLine appends the sentences of the line text[ls:le] to spans.
func segmentLine(text string, ls, le int, kind timeline.SpanKind, spans []timeline.Span) []timeline.Span {
	s := ls
	for i := ls; i < le; {
		if !mayEnd[text[i]] {
			i++
			continue
		}
		n := terminatorLen(text, i, le)
		if n == 0 {
			if n = emoticonLen(text, i, le); n > 0 && isSpaceBefore(text, i) && endsAfterEmoticon(text, i+n, le) {
				j := afterTerminator(text, i, le)
				spans = appendSpan(text, s, j, kind, spans)
				s = j
				i = j
				continue
			}
			i++
			continue
		}
		j := afterTerminator(text, i, le)
		if isBoundary(text, s, i, j, le) {
			spans = appendSpan(text, s, j, kind, spans)
			s = j
		}
		i = j
	}
	return appendSpan(text, s, le, kind, spans)
}

// mayEnd marks the bytes that can start a sentence terminator.
var mayEnd = [256]bool{'.': true, '!': true, '?': true, 0xE2: true, ':': true, ';': true, '=': true, '^': true}

// terminatorLen returns the length of a sentence-ending mark at text[i]
// (".", "!", "?" or "…"), or 0.
func terminatorLen(text string, i, le int) int {
	switch text[i] {
	case '.', '!', '?':
		return 1
	case 0xE2:
		if i+2 < le && text[i+1] == 0x80 && text[i+2] == 0xA6 {
			return 3
		}
	}
	return 0
}

// isEllipsis reports whether text[k:] starts with "..." or "…".
func isEllipsis(text string, k, le int) bool {
	return strings.HasPrefix(text[k:le], "...") || strings.HasPrefix(text[k:le], "…")
}

// afterTerminator returns the offset after a run of terminators and the
// closing quotes and brackets that follow them, and after the reference
// marks ("[7]") and emoticons (":)") that stay with the sentence they
// follow.
func afterTerminator(text string, i, le int) int {
	for i < le {
		if n := terminatorLen(text, i, le); n > 0 {
			i += n
			continue
		}
		if n := closerLen(text, i, le); n > 0 {
			i += n
			continue
		}
		if n := emoticonLen(text, i, le); n > 0 {
			i += n
			continue
		}
		k := skipSpace(text, i, le)
		if k == i || k >= le {
			break
		}
		n := referenceLen(text, k, le)
		if n == 0 {
			n = emoticonLen(text, k, le)
		}
		if n == 0 {
			break
		}
		i = k + n
	}
	return i
}

// closerLen returns the length of a closing quote or bracket at text[i].
func closerLen(text string, i, le int) int {
	switch text[i] {
	case '"', '\'', ')', ']':
		return 1
	case 0xE2: // ” ’
		if i+2 < le && text[i+1] == 0x80 && (text[i+2] == 0x9D || text[i+2] == 0x99) {
			return 3
		}
	case 0xC2: // »
		if i+1 < le && text[i+1] == 0xBB {
			return 2
		}
	}
	return 0
}

// isBoundary decides whether the terminator run text[i:j] ends the
// sentence that began at s.
func isBoundary(text string, s, i, j, le int) bool {
	if j >= le {
		return true
	}
	if strings.TrimSpace(text[s:i]) == "" {
		return false // "... We need" opens with the ellipsis
	}
	k := skipSpace(text, j, le)
	if k == j {
		return false // "U.S.-led", "3.5", "example.com"
	}
	if k >= le {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:le])
	if terminatorLen(text, k, le) > 0 {
		// "members. ... As with" opens a sentence with the ellipsis, as
		// the treebanks split it; "We ... have" goes on.
		// After a question the ellipsis more often goes on it.
		return i > s && text[i] != '?' && !isASCIISpace(text[i-1]) && isEllipsis(text, k, le) &&
			skipSpace(text, afterTerminator(text, k, le), le) < le
	}
	if unicode.IsLower(next) {
		return opensInLowerCase(text, s, i, j)
	}
	if text[i] != '.' || j-i > 1 && text[i+1] == '.' {
		return true // "!", "?", an ellipsis, or a full stop doubled
	}
	if isListNumber(text[s:i]) {
		return false // "2. The plan failed." is one item of a list
	}
	return !abbreviationHolds(wordBefore(text, s, i), text[k:le], next)
}

// opensInLowerCase reports whether a sentence ends at the mark text[i]
// although the next word is in lower case: mail and comments often start
// one so ("i had a blast. did you go?"), and so do some names ("iPhone
// sales rose"). Not after a closing quote or bracket ("?” he said"), a
// doubled mark or an ellipsis ("so... maybe"), an initial or an
// abbreviation ("etc. and", "approx. five", "U.S. and", "No. of").
func opensInLowerCase(text string, s, i, j int) bool {
	if strings.Trim(text[i:j], "!?") == "" {
		return true // "ASAP!!! esp if"
	}
	if j != i+1 {
		return false
	}
	switch text[i] {
	case '.':
		w := wordBefore(text, s, i)
		if w == "s" && i-2 > s && text[i-2] == '\'' {
			return true // a possessive is no abbreviation: "like Tony's. someplace"
		}
		if len(w) < 2 || strings.IndexByte(w, '.') >= 0 || !isSpaceBefore(text, i-len(w)) {
			return false
		}
		lower := strings.ToLower(w)
		return !titles[lower] && !monthAbbrevs[lower] && !numberAbbrevs[lower] && !alwaysAbbrevs[lower] && !endingAbbrevs[lower] &&
			!(dayAbbrevs[lower] && w[0] >= 'A' && w[0] <= 'Z') // "on Sat. you said"
	}
	return false
}

// isSpaceBefore reports whether text[b] starts a word: the line's start,
// or after a space, a quote or a bracket (not "file.name" or "3rd.").
func isSpaceBefore(text string, b int) bool {
	if b == 0 {
		return true
	}
	switch text[b-1] {
	case ' ', '\t', '\n', '\r', '"', '\'', '(', '[':
		return true
	}
	return false
}

// skipSpace skips spaces, tabs and no-break spaces.
func skipSpace(text string, k, le int) int {
	for k < le {
		switch {
		case text[k] == ' ' || text[k] == '\t' || text[k] == '\r':
			k++
		case text[k] == 0xC2 && k+1 < le && text[k+1] == 0xA0:
			k += 2
		default:
			return k
		}
	}
	return k
}

// maxAbbrevLen bounds the look back for an abbreviation.
const maxAbbrevLen = 16

// wordBefore returns the letters and inner dots just before a full stop
// at i: "U.S" in "the U.S.", "Mr" in "Mr.".
func wordBefore(text string, s, i int) string {
	b := i
	for b > s && i-b < maxAbbrevLen && (isASCIILetter(text[b-1]) || text[b-1] == '.' && b-1 > s && isASCIILetter(text[b-2])) {
		b--
	}
	return text[b:i]
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// abbreviationHolds reports whether a full stop after word is part of an
// abbreviation rather than the end of a sentence, given what follows.
func abbreviationHolds(word, rest string, next rune) bool {
	switch {
	case word == "":
		return false
	case word == "v":
		return true // "Hamdan v. Rumsfeld"
	case (word == "c" || word == "ext") && unicode.IsDigit(next):
		return true // circa a year, a telephone extension: "c. 1230 BC", "ext. 3264"
	case len(word) == 1:
		return word[0] >= 'A' && word[0] <= 'Z' // an initial: "J. Smith"
	case isDomain(word):
		return false // "told Space.com. \"Our plans"
	case strings.EqualFold(word, "e.g") || strings.EqualFold(word, "i.e"):
		return true // "(e.g. The Atlas)": an example follows, never a sentence
	case strings.IndexByte(word, '.') >= 0:
		return !opensSentence(rest) // "U.S.", "a.m."
	}
	lower := strings.ToLower(word)
	capital := word[0] >= 'A' && word[0] <= 'Z'
	switch {
	case capital && titles[lower]:
		return true
	case monthAbbrevs[lower] && unicode.IsDigit(next):
		return true // "Feb. 14", and as some pages write it, "mar. 10"
	case capital && (monthAbbrevs[lower] || dayAbbrevs[lower]):
		return unicode.IsDigit(next) || !opensSentence(rest)
	case capital && numberAbbrevs[lower]:
		return unicode.IsDigit(next)
	case alwaysAbbrevs[lower]:
		return true
	case endingAbbrevs[lower]:
		return !opensSentence(rest)
	}
	return false
}

// appendSpan appends text[s:e] trimmed of surrounding space, if anything
// is left.
func appendSpan(text string, s, e int, kind timeline.SpanKind, spans []timeline.Span) []timeline.Span {
	s, e = trimSpace(text, s, e)
	if s < e {
		spans = append(spans, timeline.Span{Start: s, End: e, Kind: kind})
	}
	return spans
}

// trimSpace narrows [s, e) past white space at both ends.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		c := text[s]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		c := text[e-1]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		e -= n
	}
	return s, e
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
