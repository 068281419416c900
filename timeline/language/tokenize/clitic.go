package tokenize

import "unicode"

// emitWord appends the token text[p:q] and its syntactic words: a
// contraction or possessive becomes a multiword token ("don't" → do n't,
// "Bush's" → Bush 's, "gonna" → gon na), a number written against its
// unit becomes two tokens ("35mm" → 35 mm).
func (s *scanner) emitWord(p, q int) {
	t := s.text
	if u := unitSplit(t[p:q], s.afterMoney(p)); u > 0 {
		s.emit(p, p+u)
		s.emit(p+u, q)
		return
	}
	// Cut points, found from the right: "would've" has one, "couldn't've"
	// two. A token has at most three.
	var cuts [3]int
	k := 0
	e := q
	for k < len(cuts) {
		c := cliticCut(t, p, e)
		if c <= p {
			break
		}
		cuts[k], e = c, c
		k++
	}
	if k == 0 {
		if f := s.fused(p, q); f > 0 {
			s.emit(p, p+f)
			s.emit(p+f, q)
			return
		}
		if c := s.misspelt(p, q); c > p {
			cuts[k] = c
			k++
		} else if parts, ok := contracted(t[p:q]); ok {
			e = q
			for i := len(parts) - 1; i >= 0 && k < len(cuts); i-- {
				e -= int(parts[i])
				cuts[k] = e
				k++
			}
		}
	}
	tok := len(s.tokens)
	s.tokens = append(s.tokens, Token{Start: p, End: q})
	from := p
	for i := k - 1; i >= 0; i-- {
		s.words = append(s.words, Word{Start: from, End: cuts[i], Token: tok})
		from = cuts[i]
	}
	s.words = append(s.words, Word{Start: from, End: q, Token: tok})
}

// cliticCut returns where the clitic that ends text[p:e] starts: the "n"
// of "n't", the apostrophe of "'s", "'re", "'ve", "'ll", "'d", "'m". It
// returns p when there is none. The host must be more than digits:
// "1990's" is one word.
func cliticCut(t string, p, e int) int {
	// Find the last apostrophe, at most 3 letters from the end.
	for i := e - 1; i > p && i >= e-6; i-- {
		c := t[i]
		var n int
		switch {
		case c == '\'' || c == '`':
			n = 1
		case c == 0x99 && i >= p+2 && t[i-2:i+1] == "’":
			i -= 2
			n = 3
		default:
			continue
		}
		suffix := t[i+n : e]
		if (suffix == "t" || suffix == "T") && i-1 > p && (t[i-1] == 'n' || t[i-1] == 'N') {
			return i - 1 // n't
		}
		if i > p && in(clitics, suffix) && !allDigits(t[p:i]) {
			return i
		}
		return p
	}
	return p
}

// contracted returns the lengths of the words of a contraction written
// without an apostrophe, after the first.
func contracted(w string) ([]uint8, bool) {
	var buf [maxLex]byte
	n, ok := lower(&buf, w)
	if !ok {
		return nil, false
	}
	parts, ok := contractions[string(buf[:n])]
	if !ok {
		return nil, false
	}
	if string(buf[:n]) == "lets" && w != "Lets" {
		// "Lets go" is "let's" without its apostrophe, but "he lets"
		// is the verb; only the capitalised form is likely the first.
		return nil, false
	}
	upper := true
	for i := 0; i < len(w); i++ {
		if !isUpperASCII(w[i]) {
			upper = false
		}
	}
	if upper && len(w) > 1 {
		if _, ok := capitalOnly[string(buf[:n])]; ok {
			return nil, false
		}
	}
	for i := 1; i < len(w); i++ {
		// "dOnt" is no contraction; "Dont" and "DONT" are.
		if isUpperASCII(w[i]) != upper {
			return nil, false
		}
	}
	return parts, true
}

// afterMoney reports whether a currency sign directly precedes p.
func (s *scanner) afterMoney(p int) bool {
	r, n := lastRune(s.text[:p])
	return n > 0 && unicode.Is(unicode.Sc, r)
}

// unitSplit returns where the unit starts in a number written against its
// unit ("35mm", "5pm", "$10k", "$2b"), or 0. After a currency sign the
// multipliers are units too ("$2b", "$8M").
func unitSplit(w string, money bool) int {
	d := 0
	for d < len(w) && (isDigitASCII(w[d]) || (d > 0 && (w[d] == '.' || w[d] == ',' || w[d] == ':'))) {
		d++
	}
	if d == 0 || d == len(w) || !isDigitASCII(w[d-1]) {
		return 0
	}
	u := w[d:]
	if _, ok := units[u]; ok {
		return d
	}
	if money && in(multipliers, u) {
		return d
	}
	return 0
}

// url returns the end of the web address that starts at p and emits it,
// or returns p when none starts there. A web address starts with a scheme
// ("https://", "mailto:") or "www.", and runs to the end of the chunk,
// less the punctuation that closes the sentence or a bracket around it.
func (s *scanner) url(p, b int) int {
	t := s.text
	if b-p >= 5 && lowerASCII(t[p]) == 'w' && lowerASCII(t[p+1]) == 'w' && lowerASCII(t[p+2]) == 'w' && t[p+3] == '.' && isWordByte(t[p+4]) {
		return s.emitURL(p, b)
	}
	i := p
	for i < b && i-p <= 6 && isLetterASCII(t[i]) {
		i++
	}
	if i == p || i >= b || t[i] != ':' || !in(schemes, t[p:i]) {
		return p
	}
	if (i+2 < b && t[i+1] == '/' && t[i+2] == '/') || (t[p] == 'm' || t[p] == 'M') && i+1 < b && isWordByte(t[i+1]) {
		return s.emitURL(p, b)
	}
	return p
}

// emitURL emits text[p:b] as one token, less the punctuation at its end
// that belongs to the sentence, and returns the token's end.
func (s *scanner) emitURL(p, b int) int {
	t := s.text
	// Brackets inside the address are its own, as in Wikipedia's
	// ".../Go_(language)"; an unmatched closing one is the sentence's.
	paren := count(t[p:b], '(') - count(t[p:b], ')')
	square := count(t[p:b], '[') - count(t[p:b], ']')
	q := b
	for q > p+1 {
		c := t[q-1]
		switch c {
		case '.', ',', ';', ':', '!', '?', '"', '\'', '>':
			q--
			continue
		case ')':
			if paren < 0 {
				paren++
				q--
				continue
			}
		case ']':
			if square < 0 {
				square++
				q--
				continue
			}
		}
		if c >= 0x80 {
			// A curly quote or other non-ASCII punctuation after the address.
			r, n := lastRune(t[p:q])
			if classOf(r) == cOther {
				q -= n
				continue
			}
		}
		break
	}
	s.emit(p, q)
	return q
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// emoticon returns the end of the emoticon at p in the chunk text[a:b],
// or p. One ending in a letter (":D") must not run on into a word, one
// starting a chunk with a bracket ("(:") must be the whole chunk.
func emoticon(t string, a, p, b int) int {
	c := t[p]
	if c >= 0x80 || !emoStart[c] {
		return p
	}
	for _, e := range emoticons {
		if len(e) > b-p || t[p:p+len(e)] != e {
			continue
		}
		q := p + len(e)
		last := e[len(e)-1]
		switch {
		case e[0] == '(' || e[0] == ')':
			if p != a || q != b {
				continue
			}
		case isWordByte(last):
			if q < b && isWordByte(t[q]) {
				continue
			}
		case last == '/':
			if q < b && t[q] == '/' {
				continue
			}
		}
		return q
	}
	return p
}

var emoStart = func() (m [128]bool) {
	for _, e := range emoticons {
		m[e[0]] = true
	}
	return m
}()

// misspelt returns where to cut "its" and "your" when they stand for
// "it's" and "you're", which UD English writes as two words ("it" "s",
// "you" "r"), or p. The word after decides: a possessive is followed by
// its noun, the contraction by a negation, an article or an adverb.
func (s *scanner) misspelt(p, q int) int {
	w := s.text[p:q]
	var next map[string]struct{}
	switch {
	case w == "its" || w == "Its":
		next = afterIts
	case w == "your" || w == "Your":
		next = afterYoure
	default:
		return p
	}
	if in(next, s.nextWord(q)) {
		return p + len(w) - 1
	}
	return p
}

// nextWord returns the letters of the word after the space that follows
// q, or "".
func (s *scanner) nextWord(q int) string {
	t := s.text
	p := q
	for p < s.end && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n') {
		p++
	}
	if p == q {
		return ""
	}
	e := p
	for e < s.end && e-p <= maxLex && isLetterASCII(t[e]) {
		e++
	}
	return t[p:e]
}

// fused returns the length of the first token of a word that UD English
// splits although it is written solid ("alot" → a lot), or 0.
func (s *scanner) fused(p, q int) int {
	switch w := s.text[p:q]; {
	case len(w) == 4 && in(alot, w):
		return 1
	case len(w) == 5 && in(lotta, w):
		return 3
	}
	return 0
}

var alot, lotta = setOf("alot"), setOf("lotta")
