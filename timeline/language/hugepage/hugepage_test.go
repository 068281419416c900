package hugepage

import (
	"testing"
	"unsafe"
)

// Make gives n zero values that can be written and read back, whether or
// not the slice spans a huge page, and one of a huge page or more of
// values that tile it starts on one.
func TestMake(t *testing.T) {
	type slot struct {
		key uint32
		w   [3]int32
	}
	const elem = int(unsafe.Sizeof(slot{}))
	for _, n := range []int{0, 1, 1000, size / elem, 3 * size / elem} {
		s := Make[slot](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d) has %d values, room for %d", n, len(s), cap(s))
		}
		if at := uintptr(unsafe.Pointer(unsafe.SliceData(s))); n*elem >= size && at%size != 0 {
			t.Errorf("Make(%d) starts at %#x, not at a huge page", n, at)
		}
		for i := range s {
			if s[i] != (slot{}) {
				t.Fatalf("Make(%d)[%d] = %v, want zero", n, i, s[i])
			}
			s[i] = slot{key: uint32(i), w: [3]int32{int32(i), 1, -1}}
		}
		for i := range s {
			if s[i].key != uint32(i) || s[i].w != [3]int32{int32(i), 1, -1} {
				t.Fatalf("Make(%d)[%d] read back %v", n, i, s[i])
			}
		}
	}
}
