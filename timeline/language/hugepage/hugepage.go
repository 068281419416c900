// Package hugepage lays out the models' large lookup tables on huge pages
// where the system offers them.
//
// The parser's weights (24 MB) and the tagger's and labeller's (4 MB
// each) are read at random, a feature at a time, and on pages of 4 KB
// most reads miss the TLB as well as the cache; with pages of 2 MB the
// tables need a few dozen TLB entries. Linux backs a range with huge pages
// when it is told to (transparent_hugepage "madvise", a common default)
// and Go's runtime does not tell it for its heap. Analysing bench2000 on
// one goroutine took about 5% less CPU (5.93 → 5.64 s, medians of five).
package hugepage

import "unsafe"

// size is the huge page size of x86-64 and arm64 Linux.
const size = 2 << 20

// Make returns a slice of n zero values of T, asking the system to back
// the whole huge pages it spans with huge pages. T must hold no pointers:
// the advice is only about the memory's pages, but a table worth it holds
// plain numbers.
func Make[T any](n int) []T {
	s := make([]T, n)
	if n == 0 {
		return s
	}
	bytes := uintptr(n) * unsafe.Sizeof(s[0])
	p := unsafe.Pointer(unsafe.SliceData(s))
	start := (uintptr(p) + size - 1) &^ (size - 1)
	end := (uintptr(p) + bytes) &^ (size - 1)
	if end > start {
		advise(unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start))
	}
	return s
}
