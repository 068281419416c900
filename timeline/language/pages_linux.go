package language

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

// dropPages lets the system take back the whole pages under s when they
// lie in a read-only mapping of a file, as the data embedded in the binary
// does: such pages are dropped, not written, and read again from the file
// if s is read again. Anywhere else (the heap, a binary unpacked into
// anonymous memory) dropping them would zero them, so it does nothing
// there, nor when s covers no whole page or the system refuses.
func dropPages(s string) {
	page := uintptr(os.Getpagesize())
	p := unsafe.Pointer(unsafe.StringData(s))
	start := uintptr(p)
	first := (start + page - 1) &^ (page - 1)
	end := (start + uintptr(len(s))) &^ (page - 1)
	if len(s) == 0 || end <= first || !fileBacked(first, end) {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, first-start)), end-first)
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}

// fileBacked reports whether the addresses [from, to) lie in one
// read-only mapping of a file, as /proc/self/maps lists them.
func fileBacked(from, to uintptr) bool {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode [path]
		fields := bytes.Fields(sc.Bytes())
		if len(fields) < 5 {
			continue
		}
		lo, hi, ok := bytes.Cut(fields[0], []byte("-"))
		if !ok {
			continue
		}
		a, err1 := strconv.ParseUint(string(lo), 16, 64)
		b, err2 := strconv.ParseUint(string(hi), 16, 64)
		if err1 != nil || err2 != nil || uint64(from) < a || uint64(from) >= b {
			continue
		}
		perms, inode := fields[1], string(fields[4])
		return uint64(to) <= b && len(perms) > 1 && perms[1] == '-' && inode != "0"
	}
	return false
}
