package temporal

// lexTable is the lexicon as two open-addressing hash tables. A word of at
// most eight letters is keyed by its lower-cased letters packed into a
// uint64, which the tokenizer builds while it reads the word: one
// multiply, one probe of a 16-byte slot, one compare, no allocation. The
// few longer words sit in a second table keyed by their text.
type lexTable struct {
	short     []shortSlot
	shortMask uint64
	long      []longSlot
	longMask  uint32
	// seen has a bit set for the hash of every short word in the table:
	// most words of a text are not, and one bit in a small array says so.
	seen [filterWords]uint64
}

const filterWords = 256 // 16384 bits

// shortSlot holds a word of at most eight letters, keyed by its
// lower-cased letters packed little-endian into a uint64 (never 0).
type shortSlot struct {
	key uint64
	lex lexEntry
}

type longSlot struct {
	key string
	lex lexEntry
}

// maxShort is the longest word keyed by packed letters.
const maxShort = 8

// lexTab is built from lexicon once the lexicon is filled.
var lexTab lexTable

// packWord packs the lower-cased letters of w (at most maxShort) into a
// key; ok is false when w holds something other than letters.
func packWord(w string) (uint64, bool) {
	var k uint64
	for i := 0; i < len(w) && i < maxShort; i++ {
		b := lowerLetter[w[i]]
		if b == 0 {
			return 0, false
		}
		k |= uint64(b) << (8 * i)
	}
	return k, true
}

func shortHash(k uint64) uint64 { return k * 0x9e3779b97f4a7c15 }

func buildLexTable(words map[string]lexEntry) *lexTable {
	nShort, nLong := 0, 0
	for w := range words {
		if len(w) <= maxShort {
			nShort++
		} else {
			nLong++
		}
	}
	t := &lexTable{}
	size := 1
	for size < 2*nShort {
		size <<= 1
	}
	t.short, t.shortMask = make([]shortSlot, size), uint64(size-1)
	size = 1
	for size < 2*nLong {
		size <<= 1
	}
	t.long, t.longMask = make([]longSlot, size), uint32(size-1)
	for w, e := range words {
		if len(w) > maxShort {
			for k := wordHash(w) & t.longMask; ; k = (k + 1) & t.longMask {
				if t.long[k].key == "" {
					t.long[k] = longSlot{w, e}
					break
				}
			}
			continue
		}
		key, ok := packWord(w)
		if !ok || key == 0 {
			continue // "'ll": the tokenizer never makes such a word
		}
		h := shortHash(key)
		for k := h >> 32 & t.shortMask; ; k = (k + 1) & t.shortMask {
			if t.short[k].key == 0 {
				t.short[k] = shortSlot{key, e}
				break
			}
		}
		b := h >> 50 // 14 bits
		t.seen[b/64] |= 1 << (b % 64)
	}
	return t
}

// lookupShort returns the entry of the word packed into key.
func (t *lexTable) lookupShort(key uint64) lexEntry {
	h := shortHash(key)
	if b := h >> 50; t.seen[b/64]&(1<<(b%64)) == 0 {
		return lexEntry{}
	}
	for k := h >> 32 & t.shortMask; ; k = (k + 1) & t.shortMask {
		s := &t.short[k]
		if s.key == key {
			return s.lex
		}
		if s.key == 0 {
			return lexEntry{}
		}
	}
}

// lookup returns the entry of the word w, in any case.
func (t *lexTable) lookup(w string) lexEntry {
	if len(w) <= maxShort {
		key, ok := packWord(w)
		if !ok || key == 0 {
			return lexEntry{}
		}
		return t.lookupShort(key)
	}
	for k := wordHash(w) & t.longMask; ; k = (k + 1) & t.longMask {
		s := &t.long[k]
		if s.key == "" {
			return lexEntry{}
		}
		if equalLower(s.key, w) {
			return s.lex
		}
	}
}

// wordHash hashes the length and the first, middle and last two letters
// of w, lower-cased.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(lowerLetter[w[0]]) | uint32(lowerLetter[w[n/2]])<<8 | uint32(lowerLetter[w[n-1]])<<16 | uint32(lowerLetter[w[max(n-2, 0)]])<<24
	h ^= uint32(n) * 0x9e3779b1
	h *= 0x85ebca6b
	return h ^ h>>15
}

// equalLower reports whether w, lower-cased, is key (lower case already).
func equalLower(key, w string) bool {
	if len(key) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if lowerLetter[w[k]] != key[k] {
			return false
		}
	}
	return true
}
