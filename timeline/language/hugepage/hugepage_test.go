package hugepage

import (
	"testing"
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
	for _, n := range []int{0, 1, 1000, size / elem, 3 * size / elem} {
		s := Make[slot](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d) has %d values, room for %d", n, len(s), cap(s))
		}
		if at := int(uintptr(unsafe.Pointer(unsafe.SliceData(s))) % size); n*elem >= size && at != 0 && size-at >= elem {
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
	}
}
