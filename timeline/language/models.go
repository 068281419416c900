package language

import (
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/storyline/storyline/timeline/language/depparse"
	"github.com/storyline/storyline/timeline/language/ner"
	"github.com/storyline/storyline/timeline/language/tagger"
)

//go:embed models
var modelFiles embed.FS

// ErrModel is wrapped by every error about a missing or damaged model.
var ErrModel = errors.New("language model")

// Default returns the Analyzer of the embedded models, reading them on the
// first call only.
func Default() (*Analyzer, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Analyzer, error) {
	var tg *tagger.Model
	var ps *depparse.Model
	var rc *ner.Model
	err := errors.Join(
		load("tagger", func(r io.Reader) (err error) { tg, err = tagger.Read(r); return }),
		load("parser", func(r io.Reader) (err error) { ps, err = depparse.Read(r); return }),
		load("ner", func(r io.Reader) (err error) { rc, err = ner.Read(r); return }),
	)
	if err != nil {
		return nil, err
	}
	return New(tg, ps, rc), nil
})

// load opens the embedded model name and hands its decompressed bytes to
// read.
func load(name string, read func(io.Reader) error) error {
	path := "models/" + name + ".model.gz"
	f, err := modelFiles.Open(path)
	if err != nil {
		return fmt.Errorf("%w %s: %w", ErrModel, path, err)
	}
	defer f.Close()
	return ReadModel(path, f, read)
}

// ReadModel decompresses the gzipped model r (named path in errors) and
// hands it to read.
func ReadModel(path string, r io.Reader, read func(io.Reader) error) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("%w %s: %w", ErrModel, path, err)
	}
	if err := read(zr); err != nil {
		return fmt.Errorf("%w %s: %w", ErrModel, path, err)
	}
	// Read to the end so that the gzip checksum is verified.
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return fmt.Errorf("%w %s: %w", ErrModel, path, err)
	}
	return nil
}
