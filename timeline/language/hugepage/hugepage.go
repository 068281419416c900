// Package hugepage lays out the models' large lookup tables on huge pages
// where the system offers them.
//
// The parser's weights (24 MB) and the tagger's and labeller's (4 MB
// each) are read at random, a feature at a time, and on pages of 4 KB
// most reads miss the TLB as well as the cache; with pages of 2 MB the
// tables need a few dozen TLB entries. Linux backs a range with huge pages
// when it is told to (transparent_hugepage "madvise", a common default)
// and Go's runtime does not tell it for its heap. Analysing bench2000 on
// one goroutine took about 5% less CPU (5.93 → 5.64 s, medians of five),
// and starting each table at a huge page boundary, so that the tables of
// 4 MB lie on two huge pages rather than one, about 5% less again (5.46 →
// 5.17 s, medians of eight; faster in six of the eight pairs).
package hugepage

import "unsafe"

// size is the huge page size of x86-64 and arm64 Linux.
const size = 2 << 20

// Make returns a slice of n zero values of T, asking the system to back
// it with huge pages. A slice of a huge page or more starts at a huge page
// boundary (or, for values whose size does not divide a huge page, within
// one value before it), so that all of it can be: the memory before, less
// than a huge page, is never touched and so never given pages. T must hold no
// pointers: the advice is only about the memory's pages, but a table
// worth it holds plain numbers.
func Make[T any](n int) []T {
	var zero T
	elem := unsafe.Sizeof(zero)
	if elem == 0 || uintptr(n)*elem < size {
		return make([]T, n)
	}
	pad := int((size + elem - 1) / elem)
	s := make([]T, n+pad)
	p := unsafe.Pointer(unsafe.SliceData(s))
	start := (uintptr(p) + size - 1) &^ (size - 1)
	end := (uintptr(p) + uintptr(n+pad)*elem) &^ (size - 1)
	advise(unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start))
	skip := int((start - uintptr(p)) / elem)
	return s[skip : skip+n : skip+n]
}
