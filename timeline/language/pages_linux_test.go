package language

import (
	"os"
	"strings"
	"testing"
	"unsafe"
)

// The embedded models lie in a read-only mapping of the binary, whose
// pages can be dropped; a string on the heap does not.
func TestFileBacked(t *testing.T) {
	page := uintptr(os.Getpagesize())
	heap := strings.Repeat("z", 1<<20)
	for _, tc := range []struct {
		name, s string
		want    bool
	}{{"tagger", taggerModel, true}, {"parser", parserModel, true}, {"heap", heap, false}} {
		start := uintptr(unsafe.Pointer(unsafe.StringData(tc.s)))
		from, to := (start+page-1)&^(page-1), (start+uintptr(len(tc.s)))&^(page-1)
		if got := fileBacked(from, to); got != tc.want {
			t.Errorf("%s: fileBacked = %v, want %v", tc.name, got, tc.want)
		}
	}
}
