package language

import (
	"hash/crc32"
	"strings"
	"testing"
)

// Dropping an embedded model's pages loses none of its bytes, which are
// read again from the binary's file; a string that covers no whole page,
// or that is not in the binary, is left alone.
func TestDropPages(t *testing.T) {
	// The heap's pages would be zeroed: they are left alone.
	for _, s := range []string{"", "a few bytes", strings.Repeat("x", 100), strings.Repeat("y", 1<<20)} {
		want := strings.Clone(s)
		dropPages(s)
		if s != want {
			t.Errorf("dropPages changed %q", want)
		}
	}
	for name, data := range map[string]string{"tagger": taggerModel, "parser": parserModel, "ner": nerModel} {
		before := crc32.ChecksumIEEE([]byte(data))
		dropPages(data)
		if after := crc32.ChecksumIEEE([]byte(data)); after != before || len(data) < 1<<16 {
			t.Errorf("%s: %d bytes, checksum %x before dropping its pages, %x after", name, len(data), before, after)
		}
	}
}
