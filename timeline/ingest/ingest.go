package ingest

import (
	"io"

	"github.com/storyline/storyline/timeline"
)

// DefaultMaxBytes is the default size limit of one input file.
const DefaultMaxBytes = 16 << 20

// Options control reading. The zero value reads with the default limits and
// no fallback publication date.
type Options struct {
	DCT      timeline.Date // publication date for documents whose metadata has none (--dct)
	MaxBytes int64         // largest file read; 0 means DefaultMaxBytes
}

// ReadPaths reads every article under paths (files, folders read
// recursively in sorted order, "-" for stdin). Inputs that cannot be read
// become Diagnostics naming the path and the reason; the rest are returned.
func ReadPaths(paths []string, stdin io.Reader, opt Options) ([]timeline.Document, []timeline.Diagnostic) {
	return nil, nil
}
