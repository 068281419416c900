package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// emoticons close a sentence in mail and comments as a full stop would
// ("nothing broke :) As for the car"), and stay with the sentence they
// follow ("Thanks! :)").
var emoticons = []string{":-)", ":-(", ":-D", ":-P", ":-p", ";-)", ":)", ":(", ":D", ":P", ":p", ";)", "=)", "^_^", "^^"}

// emoticonLen returns the length of an emoticon at text[i] standing as a
// word of its own (followed by a space, a terminator or the line's end),
// or 0.
func emoticonLen(text string, i, le int) int {
	for _, e := range emoticons {
		if strings.HasPrefix(text[i:le], e) {
			k := i + len(e)
			if k == le || text[k] == ' ' || text[k] == '\t' || mayEnd[text[k]] {
				return len(e)
			}
		}
	}
	return 0
}

// endsAfterEmoticon reports whether an emoticon standing alone before
// text[e] ends its sentence: the line ends, or a capital follows.
func endsAfterEmoticon(text string, e, le int) bool {
	k := skipSpace(text, e, le)
	if k >= le {
		return true
	}
	if k == e {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:le])
	return unicode.IsUpper(r)
}

// referenceLen returns the length of a reference mark at text[k], a
// bracketed number or range ("[7]", "[1 - 3]", "[4, 5]"), or 0.
func referenceLen(text string, k, le int) int {
	if text[k] != '[' {
		return 0
	}
	digits := false
	for e := k + 1; e < le && e-k <= 12; e++ {
		switch c := text[e]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == ']':
			if digits {
				return e + 1 - k
			}
			return 0
		case c != ' ' && c != ',' && c != '-':
			return 0
		}
	}
	return 0
}

// isListNumber reports whether a sentence's text before its full stop is
// only the number of an item in a list ("2", "4.1"), which the item's
// own words follow.
func isListNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			run++
			if run > 3 {
				return false // a year: "1997. The"
			}
		case c == '.' && run > 0:
			run = 0
		default:
			return false
		}
	}
	return run > 0
}

// isDomain reports whether a dotted word is a web address or a file name
// ("Space.com", "bbc.co.uk") rather than an abbreviation ("U.S.", "a.m.",
// "Ph.D."): its last part is two lower-case letters or more, and so is
// another part.
func isDomain(word string) bool {
	d := strings.LastIndexByte(word, '.')
	if d < 0 {
		return false
	}
	last := word[d+1:]
	if len(last) < 2 || strings.ToLower(last) != last {
		return false
	}
	for p := range strings.SplitSeq(word[:d], ".") {
		if len(p) >= 2 {
			return true
		}
	}
	return false
}
