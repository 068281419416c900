package actor

import "github.com/storyline/storyline/timeline"

// A body's initials in brackets follow the name they spell, and news may
// write that name's head in lower case, as a description: "Members of
// the Rail Maritime and Transport union (RMT) walked out". The name rules
// read no body there (its words are fields, its head not capitalised),
// so the initials stood for nothing the document names: the words they
// spell, with the head, are the body, as they are where the words alone
// read as a name ("Kestrel Valley Water board (KVW)").

// spelledOut returns the body the bracketed initials at token i spell,
// written right before the brackets and ending in a lower-case head
// ("union", "board"), when no mention of out holds those words.
func (s *sentence) spelledOut(out []Mention, i int) (Mention, bool) {
	letters := capsOf(s.str(i))
	head := i - 2
	if len(letters) < 2 || !s.punct(i-1, '(') || !s.punct(i+1, ')') || !s.word(head) || s.toks[head].is(tCap) || nameTypes[s.lower(head)] == 0 {
		return Mention{}, false
	}
	n, k := len(letters), head-1
	for ; k >= 0; k-- {
		switch {
		case s.word(k) && s.toks[k].is(tCap) && !s.toks[k].is(tPoss):
			if s.str(k)[0] != letters[n-1] {
				return Mention{}, false
			}
			n--
		case s.word(k) && (s.str(k) == "and" || s.str(k) == "of") || s.punct(k, ',') || s.punct(k, '&'):
			continue
		default:
			return Mention{}, false
		}
		if n == 0 {
			break
		}
	}
	if n > 0 || s.word(k-1) && s.toks[k-1].is(tCap) && !s.has(lDeterminer, k-1) {
		return Mention{}, false // a longer name: "National Union of Mineworkers"'s own run
	}
	start, stop := s.toks[k].start, s.toks[head].end
	for j, o := range out {
		if o.Start == start && o.End == s.toks[head-1].end && o.Kind == timeline.Organization && head-1 > k {
			// "Kestrel Valley Water board (KVW)": the capitalised words
			// read as a company's name ("Severn Vale Water") are the
			// board's, whose head the initials' sentence writes after them
			out[j].End, out[j].Text, out[j].Name = stop, s.text[start:stop], oneSpaced(s.text[start:stop])
			return Mention{}, false
		}
		if o.Start < stop && o.End > start {
			return Mention{}, false
		}
	}
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: oneSpaced(s.text[start:stop]), Kind: timeline.Organization}, true
}
