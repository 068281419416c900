package resolve

import "hash/maphash"

// copyIndex maps a telling's copy key to the event of the first telling
// with that key (clusterRecords). It files each key by its hash, with the
// record that seeded the event, and checks the record's own key on every
// look-up, so that a key is never taken for another: a map keyed by the
// copy keys themselves held 19 MB of the benchmark corpus's first pass,
// at the merge's peak; this one holds 4.
type copyIndex struct {
	seed     maphash.Seed
	byHash   map[uint64]int32 // the seed record of the key with this hash
	collided map[copyKey]int32
}

func newCopyIndex() *copyIndex {
	return &copyIndex{seed: maphash.MakeSeed(), byHash: map[uint64]int32{}}
}

// get returns the event of key, given each record's event in clusterOf.
func (x *copyIndex) get(key copyKey, recs []record, clusterOf []int32) (int32, bool) {
	if ri, ok := x.byHash[maphash.Comparable(x.seed, key)]; ok {
		if k, _ := copyOf(&recs[ri]); k == key {
			return clusterOf[ri], true
		}
	}
	ci, ok := x.collided[key]
	return ci, ok
}

// set makes record ri's event, that of clusterOf[ri], the event of key.
func (x *copyIndex) set(key copyKey, ri int32, recs []record, clusterOf []int32) {
	h := maphash.Comparable(x.seed, key)
	if old, ok := x.byHash[h]; ok {
		if k, _ := copyOf(&recs[old]); k != key {
			// Another key with the same hash: a 64-bit hash makes this
			// all but never happen.
			if x.collided == nil {
				x.collided = map[copyKey]int32{}
			}
			x.collided[key] = clusterOf[ri]
			return
		}
	}
	x.byHash[h] = ri
}
