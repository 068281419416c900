package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./gen -o lexicon.tsv.gz

// data is the generated lexicon (see gen and the header of the file).
//
//go:embed lexicon.tsv.gz
var data []byte

// span is a slice of one of the shared pools.
type span struct{ off, n uint32 }

// entry is what the lexicon knows of one lemma. Lists live in shared
// pools so that an entry is a few words and lookups hand out sub-slices
// without allocating. A lemma's two lists of each pool lie back to back,
// so that one offset serves both (20 bytes an entry rather than 40: 2 MB
// of the 109,000).
type entry struct {
	vclass, nclass uint8  // index in classes; 0 for none
	vkinds, nkinds uint16 // index in kindLists; 0 for none
	event          bool
	// The lengths of the lists: verbs, nouns, senses, near.
	nVerbs, nNouns, nSenses, nNear uint8
	strs                           uint32 // its verbs, then its nouns, in strs
	ids                            uint32 // its senses, then its near ones, in ids
}

func (e *entry) verbs() span  { return span{e.strs, uint32(e.nVerbs)} }
func (e *entry) nouns() span  { return span{e.strs + uint32(e.nVerbs), uint32(e.nNouns)} }
func (e *entry) senses() span { return span{e.ids, uint32(e.nSenses)} }
func (e *entry) near() span   { return span{e.ids + uint32(e.nSenses), uint32(e.nNear)} }

type lexicon struct {
	index     lemmaIndex
	names     []string // lemma of each entry, for one-element results
	entries   []entry
	classes   []string
	kindLists [][]string
	strs      []string
	ids       []uint32
}

// lex parses the embedded data on first use. A broken file is a build
// error (the generator wrote it and the tests read it), so it panics.
var lex = sync.OnceValue(func() *lexicon {
	l, err := parse(data)
	if err != nil {
		panic("lexicon: embedded data: " + err.Error())
	}
	return l
})

func parse(gz []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	// The gzip trailer holds the uncompressed size: read it in one go.
	raw := bytes.NewBuffer(make([]byte, 0, binary.LittleEndian.Uint32(gz[len(gz)-4:])))
	if _, err := raw.ReadFrom(zr); err != nil {
		return nil, err
	}
	text := raw.String() // one copy; every lemma is a substring of it
	n := strings.Count(text, "\n")
	l := &lexicon{
		names:     make([]string, 0, n),
		entries:   make([]entry, 0, n),
		classes:   []string{""},
		kindLists: [][]string{nil},
		strs:      make([]string, 0, n),
		ids:       make([]uint32, 0, 4*n),
	}
	classIdx := map[string]uint8{"": 0}
	kindIdx := map[string]uint16{"": 0}
	var f [10]string
	for line := range strings.Lines(text) {
		if line[0] == '#' {
			continue
		}
		if !split(f[:], strings.TrimSuffix(line, "\n")) {
			return nil, &lineError{line, "want 10 fields"}
		}
		e := entry{
			vclass: intern(&l.classes, classIdx, f[1]),
			vkinds: l.kinds(kindIdx, f[2]),
			nclass: intern(&l.classes, classIdx, f[3]),
			nkinds: l.kinds(kindIdx, f[4]),
			event:  f[5] == "e",
			strs:   uint32(len(l.strs)),
			ids:    uint32(len(l.ids)),
		}
		var ok bool
		if e.nVerbs, ok = l.strList(f[6]); !ok {
			return nil, &lineError{line, "too many verbs"}
		}
		if e.nNouns, ok = l.strList(f[7]); !ok {
			return nil, &lineError{line, "too many nouns"}
		}
		if e.nSenses, err = l.idList(f[8]); err != nil {
			return nil, &lineError{line, err.Error()}
		}
		if e.nNear, err = l.idList(f[9]); err != nil {
			return nil, &lineError{line, err.Error()}
		}
		l.names = append(l.names, f[0])
		l.entries = append(l.entries, e)
	}
	l.compact()
	return l, nil
}

// compact copies the lemmas out of the file's text, which is then let go
// (3.8 MB, of which the lemmas are 1.2), and trims the pools to their
// size (they were made with room for the largest likely).
func (l *lexicon) compact() {
	size := 0
	for _, n := range l.names {
		size += len(n)
	}
	var b strings.Builder
	b.Grow(size)
	for _, n := range l.names {
		b.WriteString(n)
	}
	lemmas := b.String()
	at := 0
	for i, n := range l.names {
		l.names[i] = lemmas[at : at+len(n)]
		at += len(n)
	}
	l.index = newLemmaIndex(l.names)
	strs := make([]string, len(l.strs))
	for i, w := range l.strs {
		if j, ok := l.index.get(w); ok {
			strs[i] = l.names[j]
		} else {
			strs[i] = strings.Clone(w)
		}
	}
	l.strs = strs
	l.ids = slices.Clone(l.ids)
}

// split cuts a line at tabs into exactly len(f) fields, without
// allocating (strings.Split would, once per line).
func split(f []string, line string) bool {
	for i := range f[:len(f)-1] {
		var ok bool
		if f[i], line, ok = strings.Cut(line, "\t"); !ok {
			return false
		}
	}
	f[len(f)-1] = line
	return !strings.Contains(line, "\t")
}

type lineError struct{ line, msg string }

func (e *lineError) Error() string { return e.msg + ": " + strings.TrimSpace(e.line) }

func intern(table *[]string, idx map[string]uint8, s string) uint8 {
	if i, ok := idx[s]; ok {
		return i
	}
	s = strings.Clone(s) // not the file's text, which is let go
	idx[s] = uint8(len(*table))
	*table = append(*table, s)
	return idx[s]
}

// kinds interns a comma-separated kind list: a few hundred distinct lists
// serve every word.
func (l *lexicon) kinds(idx map[string]uint16, s string) uint16 {
	if i, ok := idx[s]; ok {
		return i
	}
	s = strings.Clone(s) // not the file's text, which is let go
	idx[s] = uint16(len(l.kindLists))
	l.kindLists = append(l.kindLists, strings.Split(s, ","))
	return idx[s]
}

// strList appends a comma-separated list of words to strs and returns
// its length, or false when an entry cannot count it.
func (l *lexicon) strList(s string) (uint8, bool) {
	start := len(l.strs)
	if s != "" {
		for w := range strings.SplitSeq(s, ",") {
			l.strs = append(l.strs, w)
		}
	}
	n := len(l.strs) - start
	return uint8(n), n <= math.MaxUint8
}

// idList appends a comma-separated list of base-36 numbers to ids and
// returns its length.
func (l *lexicon) idList(s string) (uint8, error) {
	start := len(l.ids)
	if s != "" {
		for w := range strings.SplitSeq(s, ",") {
			v, err := strconv.ParseUint(w, 36, 32) // no allocation on success
			if err != nil {
				return 0, err
			}
			l.ids = append(l.ids, uint32(v))
		}
	}
	if n := len(l.ids) - start; n <= math.MaxUint8 {
		return uint8(n), nil
	}
	return 0, errors.New("too many senses")
}

func (l *lexicon) strSpan(s span) []string {
	return l.strs[s.off : s.off+s.n : s.off+s.n]
}

func (l *lexicon) idSpan(s span) []uint32 {
	return l.ids[s.off : s.off+s.n : s.off+s.n]
}
