package temporal

// lexTable is the lexicon as an open-addressing hash table keyed by the
// FNV-1a hash of the lower-cased word, which the tokenizer computes while
// it lowers the word: one probe, no map machinery, no allocation.
type lexTable struct {
	keys   []string
	hashes []uint32
	vals   []lexEntry
	mask   uint32
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
	t := &lexTable{keys: make([]string, size), hashes: make([]uint32, size), vals: make([]lexEntry, size), mask: uint32(size - 1)}
	for w, e := range words {
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * fnvPrime
		}
		for k := h & t.mask; ; k = (k + 1) & t.mask {
			if t.keys[k] == "" {
				t.keys[k], t.hashes[k], t.vals[k] = w, h, e
				break
			}
		}
	}
	return t
}

// lookup returns the entry of the lower-cased word w with hash h.
func (t *lexTable) lookup(w []byte, h uint32) lexEntry {
	for k := h & t.mask; ; k = (k + 1) & t.mask {
		key := t.keys[k]
		if key == "" {
			return lexEntry{}
		}
		if t.hashes[k] == h && key == string(w) {
			return t.vals[k]
		}
	}
}
