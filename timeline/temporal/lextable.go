package temporal

// lexTable is the lexicon as an open-addressing hash table keyed by the
// FNV-1a hash of the lower-cased word, which the tokenizer computes while
// it reads the word: one probe, no map machinery, no allocation.
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

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// lexTab is built from lexicon once the lexicon is filled.
var lexTab *lexTable

func buildLexTable(words map[string]lexEntry) *lexTable {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for w, e := range words {
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
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

// lookup returns the entry of the lower-cased word w with hash h.
func (t *lexTable) lookup(w []byte, h uint32) lexEntry {
	if b := (h >> 7) % (filterWords * 64); t.seen[b/64]&(1<<(b%64)) == 0 {
		return lexEntry{}
	}
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		s := &t.slots[k]
		if s.key == "" {
			return lexEntry{}
		}
		if s.hash == h && s.key == string(w) {
			return s.lex
		}
	}
}
