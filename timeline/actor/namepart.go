package actor

import "strings"

// Words that belong to a name though they look like something else.

// namePossessive reports whether the possessive at k is a plural one
// inside a body's name ("Retailers' Federation", "Rail Workers' Union"),
// which owns no role.
func (s *sentence) namePossessive(k int) bool {
	t := s.toks[k]
	if !t.is(tCap) || !s.word(k+1) || !s.toks[k+1].is(tCap) || s.text[t.end-1] != 's' {
		return false
	}
	n := apostropheAt(s.text, t.end, len(s.text))
	return n > 0 && (t.end+n >= len(s.text) || s.text[t.end+n] != 's')
}

// capsIn reports whether a word of [a, b) is capitalised.
func (s *sentence) capsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].is(tCap) {
			return true
		}
	}
	return false
}

// singleSpaced reports whether tokens [a, b) are words written with one
// space between each, so that their text is already a clean name.
func (s *sentence) singleSpaced(a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if t.flags&tWord == 0 || t.flags&tPoss != 0 && k < b-1 {
			return false
		}
		if k > a && (t.start != s.toks[k-1].end+1 || s.text[t.start-1] != ' ') {
			return false
		}
	}
	return true
}

// joined returns tokens [a, b) as a name: words joined by single spaces.
func (s *sentence) joined(a, b int) string {
	if b-a == 1 {
		return s.str(a)
	}
	if s.singleSpaced(a, b) {
		return s.text[s.toks[a].start:s.toks[b-1].end]
	}
	n := 0
	for k := a; k < b; k++ {
		n += s.toks[k].end - s.toks[k].start + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for k := a; k < b; k++ {
		if k > a && (s.toks[k].is(tWord) || s.toks[k].punct != '.') {
			sb.WriteByte(' ')
		}
		if s.toks[k].is(tPoss) && k < b-1 { // "Footballers' Association" keeps its apostrophe
			sb.WriteString(strings.TrimRight(s.text[s.toks[k].start:s.toks[k+1].start], " "))
			continue
		}
		sb.WriteString(s.str(k))
	}
	return sb.String()
}

// nickname reports whether tokens k to k+2 are a nickname in quotes
// between a given name and a surname (`William "Billy" Evans`, `Ramesh
// "Sunny" Balwani`): one capitalised word, then the surname after it.
func (s *sentence) nickname(k int) bool {
	return k > 0 && s.punct(k, '"') && s.word(k+1) && s.toks[k+1].is(tCap) && s.punct(k+2, '"') && s.capName(k+3) &&
		s.toks[k].start == s.toks[k-1].end+1 && s.toks[k+3].start == s.toks[k+2].end+1
}

// withoutNickname returns the name of tokens [a, b) without a nickname
// in quotes: "William Evans".
func (s *sentence) withoutNickname(a, b int) string {
	for k := a + 1; k+3 < b+1; k++ {
		if s.nickname(k) {
			return s.joined(a, k) + " " + s.joined(k+3, b)
		}
	}
	return s.joined(a, b)
}
