package ner

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lists are general knowledge a newsroom keeps, written for this
// package: no name in them comes from a particular story.
//
//go:embed data/gazetteer.txt
var gazetteerText string

//go:embed data/groups.txt
var groupsText string

// Gazetteer classes, as a feature value: the class of the longest entry
// a word is part of, times two, plus one when it is not the entry's first
// word.
var gazClasses = []string{"", "country", "city", "region", "org", "given", "surname", "title", "orgcue", "loccue"}

// gazEntry is one multi-word entry: the lowercase hashes of its words.
type gazEntry struct {
	words []uint64
	class uint8
	// caps entries ("US", "WHO", "IN") match only words in capitals, so
	// that "us", "who" and "in" do not.
	caps bool
}

// lexicon holds the embedded lists, read once.
type lexicon struct {
	first  map[uint64][]gazEntry // by the hash of the entry's first word, longest first
	groups map[uint64]bool       // lowercase hashes of group words
	// titled holds the class of each single-word entry in capitals of
	// four letters or more ("NATO", "UEFA"), by its lowercase hash, for
	// gazTypes: British papers write them "Nato", "Uefa".
	titled map[uint64]uint8
	// lists holds, by entryKey of its words, the classes (one bit each)
	// of the lists an entry is in: "Jordan" is a country, a given name
	// and a surname.
	lists map[uint64]uint16
}

// entryKey folds the lowercase hashes of an entry's words into one.
func entryKey(key, word uint64) uint64 { return (key ^ word) * fnvPrime }

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{first: map[uint64][]gazEntry{}, groups: map[uint64]bool{}, titled: map[uint64]uint8{}, lists: map[uint64]uint16{}}
	class := uint8(0)
	var buf []byte
	for line := range strings.SplitSeq(gazetteerText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			class = uint8(max(0, slices.Index(gazClasses, strings.Trim(line, "[]"))))
			continue
		}
		var e gazEntry
		key := uint64(fnvOffset)
		for w := range strings.FieldsSeq(splitHyphens(line)) {
			var h uint64
			h, buf = lowerHash(w, buf)
			e.words = append(e.words, h)
			key = entryKey(key, h)
		}
		l.lists[key] |= 1 << class
		e.class = class
		e.caps = strings.ToUpper(line) == line
		l.first[e.words[0]] = append(l.first[e.words[0]], e)
		if e.caps && len(e.words) == 1 && len(line) >= 4 && strings.IndexFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			l.titled[e.words[0]] = class
		}
	}
	for _, es := range l.first {
		slices.SortStableFunc(es, func(a, b gazEntry) int { return len(b.words) - len(a.words) })
	}
	for line := range strings.SplitSeq(groupsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' || line[0] == '[' {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			var h uint64
			h, buf = lowerHash(w, buf)
			l.groups[h] = true
		}
	}
	return l
}

// splitHyphens puts spaces around hyphens, as UD splits "Guinea-Bissau".
func splitHyphens(s string) string { return strings.ReplaceAll(s, "-", " - ") }

// groupWord reports whether w is a nationality, religion or party word.
func groupWord(w string) bool {
	h, _ := lowerHash(w, nil)
	return lex.groups[h]
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// lowerHash returns the FNV-1a hash of w in lower case, using buf as
// scratch for the lower-case text, which it returns for reuse.
func lowerHash(w string, buf []byte) (uint64, []byte) {
	buf = appendLower(buf[:0], w)
	return hashBytes(buf), buf
}

func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}
