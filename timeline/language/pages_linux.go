package language

import (
	"os"
	"syscall"
	"unsafe"
)

// dropPages lets the system take back the whole pages under s, which must
// be data the binary's file maps read-only (an embedded file): the pages
// are dropped, not written, and read again from the file if s is read
// again. On the heap it would zero them. It does nothing when s covers no
// whole page or the system refuses.
func dropPages(s string) {
	page := uintptr(os.Getpagesize())
	p := unsafe.Pointer(unsafe.StringData(s))
	start := uintptr(p)
	first := (start + page - 1) &^ (page - 1)
	end := (start + uintptr(len(s))) &^ (page - 1)
	if len(s) == 0 || end <= first {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, first-start)), end-first)
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}
