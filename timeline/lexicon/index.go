package lexicon

import (
	"hash/maphash"
	"math/bits"
)

// lemmaIndex finds an entry by its lemma. It is an open-addressing table
// of entry numbers, each beside the top bits of its lemma's hash, so that
// a probe seldom reads a lemma other than the one sought: 1 MB for the
// 109,000 lemmas, where a map from lemma to entry took 3.5 (held through
// every run, the merge's peak included).
type lemmaIndex struct {
	seed   maphash.Seed
	names  []string // the lemmas, by entry
	slots  []uint32 // tag<<idBits | entry+1; 0 is empty
	mask   uint32
	idBits uint
}

// newLemmaIndex indexes names, each the lemma of the entry of its
// number; of two equal lemmas the later is found.
func newLemmaIndex(names []string) lemmaIndex {
	size := 1
	for size < 2*len(names) {
		size *= 2 // at most half full: a search ends within two probes or so
	}
	x := lemmaIndex{
		seed:   maphash.MakeSeed(),
		names:  names,
		slots:  make([]uint32, size),
		mask:   uint32(size - 1),
		idBits: uint(bits.Len32(uint32(len(names)))),
	}
	for i, n := range names {
		h := maphash.String(x.seed, n)
		at, ok := x.probe(h, n)
		if !ok {
			at = x.free(h)
		}
		x.slots[at] = x.tag(h)<<x.idBits | uint32(i+1)
	}
	return x
}

// tag is the part of hash h kept beside an entry number.
func (x *lemmaIndex) tag(h uint64) uint32 { return uint32(h>>32) >> x.idBits }

// probe returns the slot of lemma s, of hash h, and whether s is there.
func (x *lemmaIndex) probe(h uint64, s string) (uint32, bool) {
	tag, id := x.tag(h), uint32(1)<<x.idBits-1
	for at := uint32(h) & x.mask; ; at = (at + 1) & x.mask {
		v := x.slots[at]
		if v == 0 {
			return at, false
		}
		if v>>x.idBits == tag && x.names[v&id-1] == s {
			return at, true
		}
	}
}

// free returns the first empty slot of a search for hash h.
func (x *lemmaIndex) free(h uint64) uint32 {
	at := uint32(h) & x.mask
	for x.slots[at] != 0 {
		at = (at + 1) & x.mask
	}
	return at
}

// get returns the entry of lemma s.
func (x *lemmaIndex) get(s string) (int32, bool) {
	if len(x.slots) == 0 {
		return -1, false
	}
	return x.entry(x.probe(maphash.String(x.seed, s), s))
}

// getBytes returns the entry of lemma b, without making a string of it.
func (x *lemmaIndex) getBytes(b []byte) (int32, bool) {
	if len(x.slots) == 0 {
		return -1, false
	}
	h := maphash.Bytes(x.seed, b)
	tag, id := x.tag(h), uint32(1)<<x.idBits-1
	for at := uint32(h) & x.mask; ; at = (at + 1) & x.mask {
		v := x.slots[at]
		if v == 0 {
			return -1, false
		}
		if v>>x.idBits == tag && x.names[v&id-1] == string(b) {
			return int32(v&id - 1), true
		}
	}
}

func (x *lemmaIndex) entry(at uint32, ok bool) (int32, bool) {
	if !ok {
		return -1, false
	}
	return int32(x.slots[at]&(uint32(1)<<x.idBits-1) - 1), true
}
