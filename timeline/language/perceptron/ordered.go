package perceptron

import "github.com/storyline/storyline/timeline/language/hugepage"

// The tables of weights (Table, and the parser's transitions) are open
// addressing tables kept in order: a feature is known by the hash
// Spread(key), which starts its search at the slot Home gives, and the
// features lie in increasing order of hash, each at its home slot or as
// soon after it as the features before it allow (linear probing in
// order, which is Robin Hood hashing with linear probes). A lookup stops
// at the first slot whose hash is its own (found), larger or empty
// (absent), so that absent features, most of those looked up, cost as
// few probes as present ones, and a table can be kept fuller than one of
// plain linear probing. The layout depends only on the features, not on
// the order they were added in.
//
// Homes are spread over any number of slots (not only a power of two,
// which would have left the tables between half and a quarter empty),
// and the slots run on past the last home, so that no search wraps
// around: the last slot is always empty and ends every search.

// Load is how full a table is made: a fraction num/den.
type Load struct{ Num, Den int }

// Homes returns how many home slots a table of n features has at load l.
func (l Load) Homes(n int) int { return max(1, (n*l.Den+l.Num-1)/l.Num) }

// Over reports whether n features are more than a table of homes home
// slots takes at load l.
func (l Load) Over(n, homes int) bool { return n*l.Den > homes*l.Num }

// TailRoom is how many slots a table first has past its last home.
const TailRoom = 64

// Spread mixes a key's bits; it is a bijection with Spread(0) == 0, so
// that a table keeps Spread(key) for the key (0: empty) and gets the key
// back with Unspread.
func Spread(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x45d9f3b
	k ^= k >> 16
	return k
}

// Unspread returns the key whose Spread is x.
func Unspread(x uint32) uint32 {
	x ^= x >> 16
	x *= 0x119de1f3 // the inverse of 0x45d9f3b modulo 2^32
	x ^= x >> 16
	return x
}

// Home returns the slot, of homes, where the search for hash x starts:
// increasing with x, so that in-order hashes have in-order homes.
func Home(x uint32, homes uint32) uint32 { return uint32(uint64(x) * uint64(homes) >> 32) }

// Past reports whether a slot of hash s ends the search for hash x
// (other than by being it): s is empty (0) or after x.
func Past(x, s uint32) bool { return s-1 > x-1 }

// Place puts s, of hash x (not in slots yet), in its place among slots,
// whose hashes hash reads, searching from slot home and moving the
// features after it one slot on up to the next empty one. It reports
// false, changing nothing, when that would fill the last slot.
func Place[S any](slots []S, s S, x, home uint32, hash func(*S) uint32) bool {
	i := int(home)
	for i < len(slots) && !Past(x, hash(&slots[i])) {
		i++
	}
	j := i
	for j < len(slots) && hash(&slots[j]) != 0 {
		j++
	}
	if j >= len(slots)-1 {
		return false
	}
	copy(slots[i+1:j+1], slots[i:j])
	slots[i] = s
	return true
}

// Relayout lays out the slots of old again over homes home slots and tail
// more, made by hugepage.Make for owner, doubling tail until every slot
// fits (the features of the last homes run on to the end), frees old and
// returns the new slots. hash is a slot's hash, 0 for an empty one.
func Relayout[S, O any](owner *O, old []S, homes, tail int, hash func(*S) uint32) []S {
	for {
		slots := hugepage.Make[S](owner, homes+tail)
		ok := true
		for i := range old {
			if x := hash(&old[i]); x != 0 && !Place(slots, old[i], x, Home(x, uint32(homes)), hash) {
				ok = false
				break
			}
		}
		if ok {
			hugepage.Free(old)
			return slots
		}
		hugepage.Free(slots)
		tail *= 2
	}
}
