package hugepage

import "syscall"

// advise asks for huge pages under b; a kernel without transparent huge
// pages says no, and the table works as well on small ones.
func advise(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
