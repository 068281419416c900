package hugepage

import "syscall"

// mapsOwn is whether Make maps tables of their own.
const mapsOwn = true

// advise asks for huge pages under b; a kernel without transparent huge
// pages says no, and the table works as well on small ones.
func advise(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }

// mapAligned maps n bytes of zeros of their own, or returns nil when the
// system will not (then the heap serves).
func mapAligned(n uintptr) []byte {
	mem, err := syscall.Mmap(-1, 0, int(n), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	return mem
}

// unmap gives back what mapAligned mapped.
func unmap(mem []byte) { _ = syscall.Munmap(mem) }
