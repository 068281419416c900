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
// typically opens a sentence follows. Closing quotes and brackets stay with
// the sentence they close. Out-of-range bounds are clamped.
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
var mayEnd = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

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

// afterTerminator returns the offset after a run of terminators and the
// closing quotes and brackets that follow them.
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
		break
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
	k := skipSpace(text, j, le)
	if k == j {
		return false // "U.S.-led", "3.5", "example.com"
	}
	if k >= le {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[k:le])
	if terminatorLen(text, k, le) > 0 {
		return false // "We ... have", "realistic? … Are"
	}
	if unicode.IsLower(next) {
		return opensInLowerCase(text, s, i, j)
	}
	if text[i] != '.' || j-i > 1 && text[i+1] == '.' {
		return true // "!", "?", an ellipsis, or a full stop doubled
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
	if j != i+1 {
		return false
	}
	switch text[i] {
	case '!', '?':
		return true
	case '.':
		w := wordBefore(text, s, i)
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
	case len(word) == 1:
		return word[0] >= 'A' && word[0] <= 'Z' // an initial: "J. Smith"
	case strings.IndexByte(word, '.') >= 0:
		return !opensSentence(rest) // "U.S.", "a.m.", "e.g."
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

// titles come before a name and never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "mme": true, "dr": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "maj": true,
	"capt": true, "cpt": true, "sgt": true, "cpl": true, "adm": true, "cmdr": true, "brig": true,
	"rev": true, "hon": true, "pres": true, "supt": true, "insp": true, "det": true, "fr": true,
	"st": true, "mt": true, "ft": true, "amb": true, "atty": true, "gens": true, "sens": true, "reps": true,
}

// monthAbbrevs are the shortened month names ("Feb. 14").
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// dayAbbrevs are the shortened names of the days ("on Sat. the club").
var dayAbbrevs = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// numberAbbrevs stand before a number: "No. 2", "Vol. 3".
var numberAbbrevs = map[string]bool{"no": true, "nos": true, "vol": true, "pp": true, "art": true, "para": true, "ch": true}

// alwaysAbbrevs never end a sentence.
var alwaysAbbrevs = map[string]bool{"vs": true, "cf": true, "approx": true, "ca": true, "viz": true, "al": true, "incl": true}

// endingAbbrevs may end a sentence as well as sit inside one.
var endingAbbrevs = map[string]bool{
	"etc": true, "inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true,
	"bros": true, "dept": true, "univ": true, "est": true, "govt": true, "intl": true, "plc": true,
	"ave": true, "blvd": true, "rd": true, "hwy": true,
}

// opensSentence reports whether rest starts with a word that typically
// opens a sentence, for the cases where a full stop is ambiguous ("the
// U.S. The talks" against "the U.S. President").
func opensSentence(rest string) bool {
	w := rest
	for i := 0; i < len(rest); i++ {
		if !isASCIILetter(rest[i]) {
			w = rest[:i]
			break
		}
	}
	return sentenceOpeners[w]
}

var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"But": true, "And": true, "Or": true, "So": true, "Yet": true, "In": true, "On": true,
	"At": true, "For": true, "After": true, "Before": true, "When": true, "While": true,
	"As": true, "If": true, "Although": true, "Though": true, "However": true,
	"Meanwhile": true, "Still": true, "Some": true, "Many": true, "Most": true, "Both": true,
	"Officials": true, "Asked": true, "Since": true, "Then": true, "Now": true, "Earlier": true,
	"Later": true, "What": true, "Why": true, "How": true, "Who": true, "Such": true,
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
