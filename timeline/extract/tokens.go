package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tActor // one actor mention, however many words it spans
	tTimex // one temporal expression
)

// token is a word, a punctuation mark, an actor mention or a temporal
// expression of one sentence.
type token struct {
	kind       tokKind
	start, end int    // byte offsets into the document's Text
	low        string // lower-cased word with straight apostrophes, or the mark
	ref        int    // index of the actor mention or timex
	poss       bool   // an actor followed by 's
	quoted     bool   // inside quotation marks
	info       *wordInfo
}

func (t token) has(c wclass) bool { return t.info != nil && t.info.cls&c != 0 }

func (t token) is(words map[string]bool) bool { return t.kind == tWord && words[t.low] }

// tokenizer turns sentences into tokens, overlaying the actor mentions and
// temporal expressions that fall inside them.
type tokenizer struct {
	text    string
	actors  []actor.Mention
	timexes []timeline.Timex
}

// validSpan reports whether [start, end) is a usable stretch of text.
func validSpan(start, end, n int) bool { return start >= 0 && end <= n && start < end }

// maxTokens bounds the tokens read as one sentence: a longer "sentence" is
// a run of text with no full stops, read in pieces so that the work per
// piece stays bounded.
const maxTokens = 200

// tokens returns the tokens of s from its start, at most maxTokens of
// them, and the offset where it stopped.
func (tz *tokenizer) tokens(s timeline.Span, buf []token) ([]token, int) {
	buf = buf[:0]
	ai := firstEndingAfter(len(tz.actors), func(i int) int { return tz.actors[i].End }, s.Start)
	ti := firstEndingAfter(len(tz.timexes), func(i int) int { return tz.timexes[i].End }, s.Start)
	p := s.Start
	for p < s.End && len(buf) < maxTokens {
		for ai < len(tz.actors) && (tz.actors[ai].End <= p || !validSpan(tz.actors[ai].Start, tz.actors[ai].End, len(tz.text))) {
			ai++
		}
		for ti < len(tz.timexes) && (tz.timexes[ti].End <= p || !validSpan(tz.timexes[ti].Start, tz.timexes[ti].End, len(tz.text))) {
			ti++
		}
		r, size := decode(tz.text, p)
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			p += size
			continue
		}
		if ti < len(tz.timexes) && tz.timexes[ti].Start <= p {
			end := min(tz.timexes[ti].End, s.End)
			buf = append(buf, token{kind: tTimex, start: p, end: end, ref: ti})
			p = end
			if n := possessiveAt(tz.text, p, s.End); n > 0 {
				buf = append(buf, token{kind: tWord, start: p, end: p + n, low: "'s"}) // "last week's call"
				p += n
			}
			continue
		}
		if ai < len(tz.actors) && tz.actors[ai].Start <= p {
			end := min(tz.actors[ai].End, s.End)
			poss := hasPossessive(tz.text[p:end])
			buf = append(buf, token{kind: tActor, start: p, end: end, ref: ai, poss: poss})
			p = end
			if n := possessiveAt(tz.text, p, s.End); n > 0 {
				buf[len(buf)-1].poss = true
				p += n
			}
			continue
		}
		limit := s.End
		if ai < len(tz.actors) && tz.actors[ai].Start < limit {
			limit = tz.actors[ai].Start
		}
		if ti < len(tz.timexes) && tz.timexes[ti].Start < limit {
			limit = tz.timexes[ti].Start
		}
		if !isWordRune(r) {
			buf = append(buf, token{kind: tPunct, start: p, end: p + size, low: punctLow(tz.text[p : p+size])})
			p += size
			continue
		}
		end := wordEnd(tz.text, p, limit)
		buf = appendWord(buf, tz.text, p, end)
		p = end
	}
	markQuoted(buf)
	return buf, p
}

// firstEndingAfter returns the first index whose end lies after pos, for a
// list sorted by start whose items never overlap.
func firstEndingAfter(n int, end func(int) int, pos int) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if end(m) <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// decode returns the rune at p and its size, without a call for ASCII.
func decode(text string, p int) (rune, int) {
	if c := text[p]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[p:])
}

// wordEnd finds the end of the word starting at p: letters and digits, with
// apostrophes, hyphens and decimal points inside.
func wordEnd(text string, p, limit int) int {
	for p < limit {
		if c := text[p]; c < utf8.RuneSelf && asciiWord[c] {
			p++
			continue
		}
		r, size := decode(text, p)
		if isWordRune(r) {
			p += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && p+size < limit {
			next, _ := decode(text, p+size)
			if isWordRune(next) && (r != '.' || unicode.IsDigit(next)) {
				p += size
				continue
			}
		}
		break
	}
	return p
}

// appendWord appends the word text[start:end], splitting off a possessive 's.
func appendWord(buf []token, text string, start, end int) []token {
	w := text[start:end]
	if n := possessiveSuffix(w); n > 0 && n < len(w) {
		low := lower(w[:len(w)-n])
		buf = append(buf, token{kind: tWord, start: start, end: end - n, low: low, info: lookup(low)})
		return append(buf, token{kind: tWord, start: end - n, end: end, low: "'s"})
	}
	low := lower(w)
	return append(buf, token{kind: tWord, start: start, end: end, low: low, info: lookup(low)})
}

func possessiveSuffix(w string) int {
	switch {
	case strings.HasSuffix(w, "'s"):
		return 2
	case strings.HasSuffix(w, "’s"):
		return len("’s")
	}
	return 0
}

func hasPossessive(w string) bool { return possessiveSuffix(w) > 0 }

// possessiveAt returns the length of a possessive 's (or a bare apostrophe
// after a plural) starting at p, or 0.
func possessiveAt(text string, p, limit int) int {
	for _, suf := range []string{"'s", "’s", "’", "'"} {
		if strings.HasPrefix(text[p:limit], suf) {
			rest := text[p+len(suf) : limit]
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || !isWordRune(r) {
				return len(suf)
			}
		}
	}
	return 0
}

// lower lower-cases w and straightens its apostrophes, without allocating
// for words that are already plain lower-case ASCII.
func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

func punctLow(s string) string {
	switch s {
	case "„", "«":
		return "“"
	case "»":
		return "”"
	case "—", "–":
		return "-"
	}
	return s
}

// markQuoted marks the tokens between quotation marks. Curly quotes open
// and close; straight ones toggle. A closing mark with no opening one means
// the sentence began inside a quotation that opened in an earlier sentence.
func markQuoted(toks []token) {
	in := startsInsideQuote(toks)
	for i := range toks {
		t := &toks[i]
		if t.kind == tPunct {
			switch t.low {
			case "“":
				in = true
				continue
			case "”":
				in = false
				continue
			case "\"":
				in = !in
				continue
			}
		}
		t.quoted = in
	}
}

func startsInsideQuote(toks []token) bool {
	for _, t := range toks {
		if t.kind == tPunct {
			switch t.low {
			case "“":
				return false
			case "”":
				return true
			}
		}
	}
	return false
}

// isQuoteMark reports whether t is a quotation mark.
func isQuoteMark(t token) bool {
	return t.kind == tPunct && (t.low == "“" || t.low == "”" || t.low == "\"")
}

// glued reports whether token k is written against a mark before it, or
// is a mark written against the token before it: "$400", "60%". Quote
// marks are left out of summaries, so they glue nothing.
func (s *sentence) glued(k int) bool {
	t, prev := s.toks[k], s.toks[k-1]
	return t.start == prev.end && (t.kind == tPunct && !isQuoteMark(t) || prev.kind == tPunct && !isQuoteMark(prev))
}

// insideWord reports whether mark k is written between two digits: the
// comma of "400,000".
func (s *sentence) insideWord(k int) bool {
	if k == 0 || k+1 >= len(s.toks) || s.toks[k-1].end != s.toks[k].start || s.toks[k].end != s.toks[k+1].start {
		return false
	}
	text := s.x.doc.Text
	return isDigit(text[s.toks[k].start-1]) && isDigit(text[s.toks[k].end])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isAmountMark reports whether a mark belongs to an amount: "$400,000",
// "€2 billion", "60%".
func isAmountMark(m string) bool {
	switch m {
	case "$", "€", "£", "¥", "%":
		return true
	}
	return false
}

// digitGroup reports whether the comma at k groups the digits of one
// number, written with no space around it: "about 3,000 residents".
func (s *sentence) digitGroup(k int) bool {
	if k < 1 || k+1 >= len(s.toks) {
		return false
	}
	a, b := s.toks[k-1], s.toks[k+1]
	return isNumber(a.low) && isNumber(b.low) && len(b.low) == 3 && a.end == s.toks[k].start && s.toks[k].end == b.start
}
