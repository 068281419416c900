//go:build !linux

package hugepage

const mapsOwn = false

// advise does nothing where huge pages are not asked for this way.
func advise([]byte) {}

// mapAligned maps nothing: the heap serves.
func mapAligned(uintptr) []byte { return nil }

func unmap([]byte) {}
