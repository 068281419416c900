// Package hugepage lays out the models' large lookup tables on huge pages
// where the system offers them.
//
// The parser's weights (16 MB) and the tagger's and labeller's (4 MB
// each) are read at random, a feature at a time, and on pages of 4 KB
// most reads miss the TLB as well as the cache; with pages of 2 MB the
// tables need a few dozen TLB entries. Linux backs a range with huge pages
// when it is told to (transparent_hugepage "madvise", a common default)
// and Go's runtime does not tell it for its heap. Analysing bench2000 on
// one goroutine took about 5% less CPU (5.93 → 5.64 s, medians of five),
// and starting each table at a huge page boundary, so that the tables of
// 4 MB lie on two huge pages rather than one, about 5% less again (5.46 →
// 5.17 s, medians of eight; faster in six of the eight pairs).
//
// On Linux a table of a huge page or more is mapped on its own, outside
// Go's heap: aligned by mapping a huge page more than it needs, which is
// never touched and so costs no memory, where on the heap that slack (2
// MB a table, 10 MB for the tagger's and the parser's) counted as live
// heap and let the garbage collector leave as much more garbage.
package hugepage

import (
	"runtime"
	"sync"
	"unsafe"
)

// size is the huge page size of x86-64 and arm64 Linux.
const size = 2 << 20

// Make returns a slice of n zero values of T, asking the system to back
// it with huge pages. A slice of a huge page or more starts at a huge page
// boundary (or, on the heap, for values whose size does not divide a huge
// page, within one value before it), so that all of it can be. Its memory
// is given back once owner is unreachable, or by Free: the slice must not
// outlive owner. T must hold no pointers: the memory may lie outside the
// heap, where the garbage collector does not look.
func Make[T, O any](owner *O, n int) []T {
	var zero T
	elem := unsafe.Sizeof(zero)
	if elem == 0 || uintptr(n)*elem < size {
		return make([]T, n)
	}
	// Whole huge pages, and one more to align them: the pages before
	// and after the slice are never touched.
	pages := (uintptr(n)*elem + size - 1) &^ (size - 1)
	if mem := mapAligned(pages + size); mem != nil {
		p := unsafe.Pointer(unsafe.SliceData(mem))
		start := unsafe.Add(p, ((uintptr(p)+size-1)&^(size-1))-uintptr(p))
		advise(unsafe.Slice((*byte)(start), pages))
		key := uintptr(start)
		mapsMu.Lock()
		maps[key] = mapping{mem, int64(pages), runtime.AddCleanup(owner, release, key)}
		mapsMu.Unlock()
		return unsafe.Slice((*T)(start), n)
	}
	return padded[T](n, elem)
}

// Room returns how many values of T a table of n of them had best ask
// Make for: as many as fill the huge pages Make maps for them, since a
// huge page is backed whole or not at all, and a whole huge page for a
// table of half of one or more, which is read faster there than from the
// heap's small pages (the tagger's features' table: 1.2 MB at most 3/4
// full, 2 MB on a huge page); n where Make maps nothing.
func Room[T any](n int) int {
	var zero T
	elem := unsafe.Sizeof(zero)
	if !mapsOwn || elem == 0 || 2*uintptr(n)*elem < size {
		return n
	}
	return int(((uintptr(n)*elem + size - 1) &^ (size - 1)) / elem)
}

// padded is Make on the heap.
func padded[T any](n int, elem uintptr) []T {
	pad := int((size + elem - 1) / elem)
	s := make([]T, n+pad)
	p := unsafe.Pointer(unsafe.SliceData(s))
	start := (uintptr(p) + size - 1) &^ (size - 1)
	end := (uintptr(p) + uintptr(n+pad)*elem) &^ (size - 1)
	advise(unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start))
	skip := int((start - uintptr(p)) / elem)
	return s[skip : skip+n : skip+n]
}

// Free gives back the memory of s, a slice from Make, now rather than
// when its owner goes. s must not be used again.
func Free[T any](s []T) {
	if m, ok := take(uintptr(unsafe.Pointer(unsafe.SliceData(s)))); ok {
		m.cleanup.Stop()
		unmap(m.mem)
	}
}

// mapping is a memory Make mapped, and what gives it back once its owner
// goes.
type mapping struct {
	mem     []byte
	pages   int64 // the bytes of its huge pages, less the slack
	cleanup runtime.Cleanup
}

// Mapped returns the bytes of the huge pages Make has mapped outside the
// heap and not given back: memory the process holds (once its tables are
// filled) that the runtime's statistics and its memory limit
// (debug.SetMemoryLimit) do not count.
func Mapped() int64 {
	mapsMu.Lock()
	defer mapsMu.Unlock()
	var n int64
	for _, m := range maps {
		n += m.pages
	}
	return n
}

var (
	mapsMu sync.Mutex
	// maps holds the mappings not given back yet, by the start of their
	// slice.
	maps = map[uintptr]mapping{}
)

// take removes the mapping of the slice that starts at key, reporting
// whether there was one: only the first of Free and the cleanup to take
// it gives it back.
func take(key uintptr) (mapping, bool) {
	mapsMu.Lock()
	defer mapsMu.Unlock()
	m, ok := maps[key]
	delete(maps, key)
	return m, ok
}

// release is the cleanup of the slice that starts at key.
func release(key uintptr) {
	if m, ok := take(key); ok {
		unmap(m.mem)
	}
}
