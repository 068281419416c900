package temporal

// lexTable is the lexicon as an open-addressing hash table keyed by a hash
// of the word's length and four of its letters, lower-cased (wordHash):
// a few loads per word, one probe, no map machinery, no allocation.
type lexTable struct {
	slots []lexSlot
	mask  uint32
	// seen has a bit set for the hash of every word in the table: most
	// words of a text are not, and one bit in a small array says so.
	seen [filterWords]uint64
}

const filterWords = 256 // 16384 bits

// lexSlot is one entry, packed so that a probe reads one cache line.
type lexSlot struct {
	hash uint32
	lex  lexEntry
	key  string
}

// wordHash hashes the length and the first, middle and last two letters
// of w, lower-cased: cheap to compute for every word of a text, and
// spread enough for a table of a few hundred words.
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

// lexTab is built from lexicon once the lexicon is filled.
var lexTab *lexTable

func buildLexTable(words map[string]lexEntry) *lexTable {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for w, e := range words {
		h := wordHash(w)
		for k := h & t.mask; ; k = (k + 1) & t.mask {
			if t.slots[k].key == "" {
				t.slots[k] = lexSlot{h, e, w}
				break
			}
		}
		b := (h >> 7) % (filterWords * 64)
		t.seen[b/64] |= 1 << (b % 64)
	}
	return t
}

// lookup returns the entry of the word w, in any case.
func (t *lexTable) lookup(w string) lexEntry {
	h := wordHash(w)
	if b := (h >> 7) % (filterWords * 64); t.seen[b/64]&(1<<(b%64)) == 0 {
		return lexEntry{}
	}
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		s := &t.slots[k]
		if s.key == "" {
			return lexEntry{}
		}
		if s.hash == h && equalLower(s.key, w) {
			return s.lex
		}
	}
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
