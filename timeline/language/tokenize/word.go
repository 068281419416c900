package tokenize

// word scans the word that starts at p (its token starts at start, which
// is before p when the token opens with ".", "@", "#" or a sign), emits
// it and returns its end. Letters and digits join across the marks that
// UD English keeps inside a token: apostrophes, periods, number commas,
// hyphens after prefixes and so on (see joins).
func (s *scanner) word(start, p, b int) int {
	t := s.text
	q, seg := p, p
	dotted := false
	var prev rune // the last mark joined
	for {
		for q < b {
			r, n := decode(t, q, b)
			if c := classOf(r); c != cLetter && c != cDigit {
				break
			}
			q += n
		}
		if q >= b {
			break
		}
		if t[q] == '.' && q+4 < b && t[q:q+4] == "...@" && isWordByte(t[q+4]) {
			// An address shortened by a mailing-list archive: "jo...@mail.com".
			q += 4
			seg, prev = q, '@'
			continue
		}
		r, n := decode(t, q, b)
		r2, n2 := decode(t, q+n, b)
		if n2 == 0 {
			break
		}
		if c2 := classOf(r2); c2 != cLetter && c2 != cDigit {
			break
		}
		if !s.joins(r, prev, seg, q, q+n, b) {
			break
		}
		prev = r
		dotted = dotted || r == '.'
		q += n
		seg = q
	}
	if dotted && q+1 < b && t[q] == '/' && in(tlds, t[seg:q]) {
		// A web address without its scheme: "amazon.com/books".
		return s.emitURL(start, b)
	}
	if q < b && t[q] == '.' && (q+2 >= b || t[q+1] != '.' || t[q+2] != '.') && s.abbrev(start, q, dotted) && !s.final(q+1) {
		// "Dr.", "U.S.", and "Inc.." (the abbreviation, then the stop), but
		// "etc..." is the word and an ellipsis.
		q++
	} else if q < b && isHyphen(t[q]) && (q+1 == b || (!isWordByte(t[q+1]) && !isHyphen(t[q+1]))) {
		// A word broken off in speech keeps its hyphen: "th-", "w-", "re-".
		// Not "PS-", an acronym before a dash.
		if w := t[start:q]; allLetters(w) && (len(w) <= 3 && !(len(w) > 1 && allUpper(w)) || in(hyphenPrefixes, w)) {
			q++
		}
	}
	if q < b && q-start > 2 && !s.openSingle && t[q-2:q] == "in" {
		// A dropped g keeps its apostrophe: "lovin'", "cookin'".
		if r, n := decode(t, q, b); isApos(r) && (q+n == b || !isWordByte(t[q+n])) {
			s.emit(start, q+n)
			return q + n
		}
	}
	if q < b && q-start > 1 && !s.openSingle && (t[q-1] == 's' || t[q-1] == 'S') {
		// A plural possessive: "parents'" is "parents" and "'".
		if r, n := decode(t, q, b); isApos(r) {
			if r2, n2 := decode(t, q+n, b); n2 == 0 || (classOf(r2) != cLetter && classOf(r2) != cDigit) {
				tok := len(s.tokens)
				s.tokens = append(s.tokens, Token{Start: start, End: q + n})
				s.words = append(s.words, Word{start, q, tok}, Word{q, q + n, tok})
				return q + n
			}
		}
	}
	s.emitWord(start, q)
	return q
}

// joins reports whether the mark r at text[q:after], between the segment
// text[seg:q] and a letter or digit at after, stays inside the token;
// prev is the mark joined before it, if any.
func (s *scanner) joins(r, prev rune, seg, q, after, b int) bool {
	t := s.text
	left := t[seg:q]
	switch r {
	case '.', '@', '_':
		// "U.S", "3.5", "e.g", "enron.com", "name@host"
		return r != '.' || prev != 0 || !gluedName(t, left, after, b)
	case '\'', '’', '`':
		// "don't", "O'Brien", "L'Enfant"; a following digit is a quote.
		return isLetterRune(t, after, b)
	case '-', '‐', '‑':
		if prev == '.' || prev == '@' || mailAhead(t, after, b) {
			return true // inside a domain, newsgroup or mail name: "alt.open-forum", "ann@iso-ne.com", "move-team@enron"
		}
		if prev == r && allDigits(left) {
			return digitRun(t, after, b) > 0 // the third group of "11-20-2000"
		}
		return dayMonthYear(t, seg, q, after, b) || s.hyphenJoins(left, after, b)
	case ',':
		// Thousands: "1,000", "12,345,678".
		return allDigits(left) && len(left) <= 3 && digitRun(t, after, b) == 3
	case ':':
		// Times and ratios: "10:30", "3:1".
		return allDigits(left) && digitRun(t, after, b) > 0
	case '/':
		// Dates and fractions ("3/4/2025", "1/2"); single letters ("w/o", "l/c").
		if allDigits(left) {
			// EWT splits a fraction of single digits ("1 / 2") but not a
			// date ("9/11", "3/4/2025").
			d := digitRun(t, after, b)
			return d > 0 && (len(left) > 1 || d > 1 || (after+d < b && t[after+d] == '/') || prev == '/')
		}
		return len(left) == 1 && isLetterASCII(left[0]) && after+1 <= b && isLetterASCII(t[after]) &&
			(after+1 == b || !isWordByte(t[after+1]))
	case '&':
		// "AT&T", "Q&A", "PG&E"
		return len(left) <= 4 && allLetters(left) && isLetterRune(t, after, b)
	case '*', '%':
		// Masked words ("f*ed") and mail routing ("a%b@c").
		return allLetters(left) && isLetterRune(t, after, b)
	}
	return false
}

// gluedName reports whether the period after left starts a name typed
// against an initial or an abbreviation ("J.Aron", "Dr.Michael",
// "Ft.Worth", "Inc.One"), which UD English splits after the period. The
// name is a capital and two or more lower-case letters, so that "U.S",
// "M.Sc" and "E.ON" stay whole, as do mail addresses ("J.Aron@gs.com")
// and dotted names going on ("A.Bcd.com").
func gluedName(t, left string, after, b int) bool {
	if !(len(left) == 1 && isUpperASCII(left[0])) && !in(abbrevs, left) && !(isUpperASCII(left[0]) && in(capAbbrevs, left)) {
		return false
	}
	if after >= b || !isUpperASCII(t[after]) {
		return false
	}
	k := after + 1
	for k < b && t[k] >= 'a' && t[k] <= 'z' {
		k++
	}
	if k-after < 3 {
		return false
	}
	return k == b || !(isWordByte(t[k]) || t[k] == '.' || t[k] == '@' || t[k] == '_')
}

// hyphenJoins reports whether a hyphen after left and before the word at
// after stays inside the token. UD English splits hyphenated compounds
// ("long - term") but keeps prefixes ("e-mail", "non-profit") and
// telephone-like digit groups ("713-853-3989", "11-20-2000").
func (s *scanner) hyphenJoins(left string, after, b int) bool {
	t := s.text
	if allLetters(left) {
		return in(hyphenPrefixes, left)
	}
	right := digitRun(t, after, b)
	if right == 0 {
		return false
	}
	// The digits after the hyphen, then whatever follows them.
	end := after + right
	if end < b && t[end] == '-' && end+1 < b && isDigitASCII(t[end+1]) {
		return true // three groups: a telephone number or a date
	}
	if end < b && isWordByte(t[end]) {
		return false
	}
	if allDigits(left) {
		return right == 4 && len(left) != 4 // "345-9945", "3-5076", but "1991-1992"
	}
	return right >= 4 // "x3-9890"
}

// mailAhead reports whether an "@" follows at after within the word's
// letters, digits, dots and hyphens: the hyphen before it is inside a
// mail address's name.
func mailAhead(t string, after, b int) bool {
	for k := after; k < b && k < after+64; k++ {
		switch c := t[k]; {
		case c == '@':
			return true
		case isWordByte(c) || c == '.' || c == '-' || c == '_':
		default:
			return false
		}
	}
	return false
}

// dayMonthYear reports whether the hyphen at q, between the segment
// text[seg:q] and the word at after, is one of a date written day, month's
// abbreviation and year ("01-Feb-02", "7-Mar-2025"), which UD English
// keeps whole as it does "11-20-2000".
func dayMonthYear(t string, seg, q, after, b int) bool {
	if left := t[seg:q]; allDigits(left) {
		// the first hyphen: the month and a hyphen before digits follow
		return len(left) <= 2 && after+4 < b && monthAbbrev(t[after:after+3]) && t[after+3] == '-' && isDigitASCII(t[after+4])
	}
	// the second: the month, a hyphen and the day's digits before it
	if q-seg != 3 || !monthAbbrev(t[seg:q]) || seg < 2 || t[seg-1] != '-' || !isDigitASCII(t[seg-2]) {
		return false
	}
	d := digitRun(t, after, b)
	return (d == 2 || d == 4) && (after+d == b || !isWordByte(t[after+d]))
}

// monthAbbrev reports whether w is a month's three-letter abbreviation.
func monthAbbrev(w string) bool {
	for _, m := range monthAbbrevs {
		if len(w) == 3 && (w[0]|0x20) == m[0] && (w[1]|0x20) == m[1] && (w[2]|0x20) == m[2] {
			return true
		}
	}
	return false
}

var monthAbbrevs = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// abbrev reports whether the word text[start:q] keeps the period at q.
func (s *scanner) abbrev(start, q int, dotted bool) bool {
	t := s.text
	w := t[start:q]
	if dotted {
		// "U.S", "e.g", "Ph.D", "a.m": short letter groups.
		n := 0
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case c == '.':
				n = 0
			case isLetterASCII(c) && n < 3:
				n++
			default:
				return false
			}
		}
		return true
	}
	if len(w) == 1 {
		return isLetterASCII(w[0]) // an initial: "J."
	}
	if in(abbrevs, w) || (isUpperASCII(w[0]) && in(capAbbrevs, w)) {
		return true
	}
	if (w == "No" || w == "no" || w == "Nos" || w == "nos") && q+1 < len(t) {
		// "No. 5" but "I said no."
		p := q + 1
		for p < s.end && (t[p] == ' ' || t[p] == '\t') {
			p++
		}
		return p < s.end && (isDigitASCII(t[p]) || t[p] == '#')
	}
	return false
}

// final reports whether only closing quotes and brackets follow p up to
// the end of the stretch: there an abbreviation's period also ends the
// sentence, and UD English makes it a token of its own ("etc" ".").
func (s *scanner) final(p int) bool {
	for p < s.end {
		r, n := decode(s.text, p, s.end)
		if classOf(r) != cSpace && !isClosing(r) {
			return false
		}
		p += n
	}
	return true
}

func isWordByte(c byte) bool {
	if c >= 0x80 {
		return true
	}
	k := asciiClass[c]
	return k == cLetter || k == cDigit
}

// isLetterRune reports whether a letter starts at t[p:b].
func isLetterRune(t string, p, b int) bool {
	r, n := decode(t, p, b)
	return n > 0 && classOf(r) == cLetter
}

// digitRun returns the number of ASCII digits from p.
func digitRun(t string, p, b int) int {
	q := p
	for q < b && isDigitASCII(t[q]) {
		q++
	}
	return q - p
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitASCII(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetterASCII(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func isHyphen(c byte) bool { return c == '-' }

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpperASCII(s[i]) {
			return false
		}
	}
	return true
}
