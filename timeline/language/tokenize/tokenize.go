package tokenize

// Token is a surface token: text[Start:End].
type Token struct{ Start, End int }

// Word is a syntactic word: text[Start:End], part of surface token Token
// (an index into the tokens slice). A multiword token such as "don't" is
// one Token and two Words, "do" and "n't".
type Word struct{ Start, End, Token int }

// Append tokenises text[start:end] (one sentence, or any stretch of text)
// and appends to tokens and words. Offsets are into text. Bounds outside
// text are clipped. It allocates only when the slices must grow.
func Append(text string, start, end int, tokens []Token, words []Word) ([]Token, []Word) {
	start, end = max(start, 0), min(end, len(text))
	s := scanner{text: text, end: end, tokens: tokens, words: words}
	p := start
	for p < end {
		r, n := decode(text, p, end)
		if classOf(r) == cSpace {
			p += n
			continue
		}
		q := p + n
		for q < end {
			r, n = decode(text, q, end)
			if classOf(r) == cSpace {
				break
			}
			q += n
		}
		s.chunk(p, q)
		p = q
	}
	return s.tokens, s.words
}

// scanner holds the state of one call of Append.
type scanner struct {
	text       string
	end        int
	tokens     []Token
	words      []Word
	openSingle bool // a single quotation mark has opened and not closed
}

// chunk tokenises text[a:b], a run of bytes without white space.
func (s *scanner) chunk(a, b int) {
	for p := a; p < b; {
		p = s.next(a, p, b)
	}
}

// next emits the token or tokens that start at p in the chunk text[a:b]
// and returns where they end. It always moves on.
func (s *scanner) next(a, p, b int) int {
	t := s.text
	r, n := decode(t, p, b)
	cls := classOf(r)
	if cls == cLetter || cls == cDigit {
		if q := s.url(p, b); q > p {
			return q
		}
		if (r == 'w' || r == 'W') && p+2 < b && t[p+1] == '/' && !s.wordBefore(a, p) &&
			(t[p+2] != 'o' || (p+3 < b && isWordByte(t[p+3]))) {
			// "w/" for "with", written against its object: "w/it"; but "w/o".
			s.emit(p, p+2)
			return p + 2
		}
		return s.word(p, p, b)
	}
	if q := emoticon(t, a, p, b); q > p {
		s.emit(p, q)
		return q
	}
	r2, n2 := decode(t, p+n, b)
	c2 := classOf(r2)
	alnum2 := n2 > 0 && (c2 == cLetter || c2 == cDigit)
	var q int
	switch {
	case isApos(r) || r == '‘':
		return s.apostrophe(a, p, b, r, n)
	case r == '.' && alnum2 && !s.wordBefore(a, p):
		// ".5", ".doc", ".NET"
		return s.word(p, p+n, b)
	case (r == '@' || r == '#') && c2 == cLetter && !s.wordBefore(a, p):
		// @handles and #hashtags; "#1" is two tokens.
		return s.word(p, p+n, b)
	case r == '+' && c2 == cDigit && !s.wordBefore(a, p):
		// An international telephone number: "+44".
		return s.word(p, p+n, b)
	case r == '.' || r == '…':
		// Dots group with dots: "...", but "...?" is two tokens. A single
		// period typed before "?" or "!" goes with them: ".?".
		q = runWhile(t, p, b, isDot)
		if q == p+1 && r == '.' && q < b && (t[q] == '?' || t[q] == '!') {
			q = runWhile(t, q, b, isStop)
		}
	case isStop(r):
		// "?!", "!!!", "!." are one token.
		q = runWhile(t, p, b, isStop)
	case isLine(r):
		q = runWhile(t, p, b, isLine)
		if t[p:q] == "<>" {
			q = p + 1 // an empty pair of angle brackets, not an arrow
		}
	case isBracketOrQuote(r):
		q = p + n
	default:
		q = p + n
		for q < b {
			r2, n2 := decode(t, q, b)
			if r2 != r {
				break
			}
			q += n2
		}
	}
	q = absorbJoiners(t, q, b)
	s.emit(p, q)
	return q
}

// wordBefore reports whether a letter or digit directly precedes p in the
// chunk starting at a.
func (s *scanner) wordBefore(a, p int) bool {
	if p == a {
		return false
	}
	c := s.text[p-1]
	if c < 0x80 {
		k := asciiClass[c]
		return k == cLetter || k == cDigit
	}
	return true // a multi-byte rune before: treat as part of a word
}

// runWhile returns the end of the run of runes from p that satisfy f.
func runWhile(t string, p, b int, f func(rune) bool) int {
	q := p
	for q < b {
		r, n := decode(t, q, b)
		if !f(r) {
			break
		}
		q += n
	}
	return q
}

// absorbJoiners extends a symbol token ending at q over the combining
// marks, variation selectors and joined runes that belong to it, as in
// emoji sequences.
func absorbJoiners(t string, q, b int) int {
	for q < b {
		r, n := decode(t, q, b)
		if !isJoiner(r) {
			break
		}
		q += n
		if r == 0x200D && q < b {
			_, n = decode(t, q, b)
			q += n
		}
	}
	return q
}

// emit appends the one-word token text[p:q].
func (s *scanner) emit(p, q int) {
	s.words = append(s.words, Word{Start: p, End: q, Token: len(s.tokens)})
	s.tokens = append(s.tokens, Token{Start: p, End: q})
}

// apostrophe handles a straight or curly single quote or a backquote at
// p: a clitic written apart ("'s", "'em", "'90s"), a doubled quote ("”",
// "“"), or a quotation mark of its own.
func (s *scanner) apostrophe(a, p, b int, r rune, n int) int {
	t := s.text
	after := p + n
	if r != '‘' && after < b {
		q := after
		for q < b {
			r2, n2 := decode(t, q, b)
			c := classOf(r2)
			if c != cLetter && c != cDigit {
				break
			}
			q += n2
		}
		if q > after && !s.wordBefore(a, p) {
			w := t[after:q]
			if in(leadingClitics, w) || isDecade(w) {
				s.emit(p, q)
				return q
			}
		}
	}
	if r2, n2 := decode(t, after, b); (r2 == r && (r == '\'' || r == '`')) || ((r == '’' || r == '‘') && (r2 == '’' || r2 == '‘')) {
		// Two single quotes typed for a double one: '' `` ’’ ‘‘.
		s.emit(p, after+n2)
		return after + n2
	}
	r2, _ := decode(t, after, b)
	opening := r == '‘' || ((p == a || !s.wordBefore(a, p)) && after < b && !isStop(r2) && r2 != ',' && !isClosing(r2))
	s.openSingle = opening
	s.emit(p, after)
	return after
}

// isDecade reports whether w is a two-digit year or decade written after
// an apostrophe ("'90s", "'72").
func isDecade(w string) bool {
	if len(w) < 2 || !isDigitASCII(w[0]) || !isDigitASCII(w[1]) {
		return false
	}
	return len(w) == 2 || (len(w) == 3 && (w[2] == 's' || w[2] == 'S'))
}
