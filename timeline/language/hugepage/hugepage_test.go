package hugepage

import (
	"runtime"
	"testing"
	"time"
	"unsafe"
)

// Make gives n zero values that can be written and read back, whether or
// not the slice spans a huge page; one of a huge page or more starts at a
// huge page, or within one value before it when the value's size (12
// bytes, as the parser's slots) does not divide a huge page.
func TestMake(t *testing.T) {
	type slot struct {
		key uint32
		w   [4]int16
	}
	const elem = int(unsafe.Sizeof(slot{}))
	mapped := mapAligned(1) != nil
	owner := new(int)
	for _, n := range []int{0, 1, 1000, size / elem, 3 * size / elem} {
		s := Make[slot](owner, n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d) has %d values, room for %d", n, len(s), cap(s))
		}
		if at := int(uintptr(unsafe.Pointer(unsafe.SliceData(s))) % size); n*elem >= size && at != 0 && (mapped || size-at >= elem) {
			t.Errorf("Make(%d) starts %d bytes into a huge page", n, at)
		}
		for i := range s {
			if s[i] != (slot{}) {
				t.Fatalf("Make(%d)[%d] = %v, want zero", n, i, s[i])
			}
			s[i] = slot{key: uint32(i), w: [4]int16{int16(i), 1, -1, 2}}
		}
		for i := range s {
			if s[i].key != uint32(i) || s[i].w != [4]int16{int16(i), 1, -1, 2} {
				t.Fatalf("Make(%d)[%d] read back %v", n, i, s[i])
			}
		}
		Free(s) // so that TestFree counts only its own mappings
	}
}

// A mapped slice is given back by Free, or once its owner is unreachable;
// a slice of the heap is left to the garbage collector.
func TestFree(t *testing.T) {
	if mapAligned(size) == nil {
		t.Skip("no mappings here")
	}
	before := mappings()
	owner := new(int)
	s := Make[uint64](owner, size/8)
	small := Make[uint64](owner, 100)
	if mappings() != before+1 {
		t.Fatalf("%d mappings, want %d", mappings(), before+1)
	}
	if got := Mapped(); got < size {
		t.Errorf("Mapped() = %d with a mapping of a huge page", got)
	}
	Free(s)
	Free(small)
	if mappings() != before {
		t.Fatalf("%d mappings after Free, want %d", mappings(), before)
	}
	func() {
		owner := new(int)
		s := Make[uint64](owner, size/8)
		s[len(s)-1] = 1
	}()
	for range 500 {
		if mappings() == before {
			return
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d mappings after their owner went", mappings())
}

func mappings() int {
	mapsMu.Lock()
	defer mapsMu.Unlock()
	return len(maps)
}
