package language

import (
	"compress/gzip"
	_ "embed" // the models
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline/language/depparse"
	"github.com/storyline/storyline/timeline/language/ner"
	"github.com/storyline/storyline/timeline/language/tagger"
)

// The models are strings, not an embed.FS, so that their bytes are
// read where the binary maps them rather than copied, and can be let go
// of once decoded (see load).
var (
	//go:embed models/tagger.model.gz
	taggerModel string
	//go:embed models/parser.model.gz
	parserModel string
	//go:embed models/ner.model.gz
	nerModel string
)

// ErrModel is wrapped by every error about a missing or damaged model.
var ErrModel = errors.New("language model")

// Default returns the Analyzer of the embedded models, reading them on the
// first call only.
func Default() (*Analyzer, error) { return current().withEntities() }

// Syntax returns the Analyzer of the embedded tagger and parser alone: its
// words carry no entity tag. Extraction reads the parse, not the entities,
// and the recogniser would cost it a tenth of its time and the memory of
// its model.
func Syntax() (*Analyzer, error) { return current().syntaxOnly() }

// Entities returns the Analyzer of the embedded tagger and entity
// recogniser alone: its words carry tags, lemmas and entity tags but no
// dependency (every word a child of the root, with no relation). It is
// for finding names before parsing, at a third of a full analysis's cost.
func Entities() (*Analyzer, error) { return current().entitiesOnly() }

// Release lets the models read so far go once no Analyzer that holds them
// is in use; the next Default or Syntax reads them again. A program that
// analyses once and then works on without them (extraction, then merging)
// gets their 40 MB back.
func Release() {
	modelsMu.Lock()
	models = newModelSet()
	modelsMu.Unlock()
}

// modelSet makes each analyzer once, so that every caller shares its pool
// of workers; the models under them are read once whichever comes first.
type modelSet struct {
	syntax                                 func() (syntaxModels, error)
	entities                               func() (*ner.Model, error)
	withEntities, syntaxOnly, entitiesOnly func() (*Analyzer, error)
}

var (
	modelsMu sync.Mutex
	models   = newModelSet()
)

func current() *modelSet {
	modelsMu.Lock()
	defer modelsMu.Unlock()
	return models
}

func newModelSet() *modelSet {
	s := &modelSet{syntax: sync.OnceValues(readSyntax), entities: sync.OnceValues(readEntities)}
	// analyzer makes the Analyzer of the tagger with, as asked, the
	// parser and the entity recogniser.
	analyzer := func(parse, recognise bool) func() (*Analyzer, error) {
		return sync.OnceValues(func() (*Analyzer, error) {
			m, err := s.syntax()
			if err != nil {
				return nil, err
			}
			var rc *ner.Model
			if recognise {
				if rc, err = s.entities(); err != nil {
					return nil, err
				}
			}
			if !parse {
				m.ps = nil
			}
			return New(m.tg, m.ps, rc), nil
		})
	}
	s.withEntities, s.entitiesOnly, s.syntaxOnly = analyzer(true, true), analyzer(false, true), analyzer(true, false)
	return s
}

// syntaxModels are the tagger's and the parser's.
type syntaxModels struct {
	tg *tagger.Model
	ps *depparse.Model
}

// readSyntax reads the two models side by side: each takes about 0.15 s
// to decompress and lay out, most of a short run's time.
func readSyntax() (m syntaxModels, err error) {
	var tagErr, parseErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		tagErr = load("tagger", taggerModel, func(r io.Reader) (err error) { m.tg, err = tagger.Read(r); return })
	})
	parseErr = load("parser", parserModel, func(r io.Reader) (err error) { m.ps, err = depparse.Read(r); return })
	wg.Wait()
	return m, errors.Join(tagErr, parseErr)
}

func readEntities() (rc *ner.Model, err error) {
	err = load("ner", nerModel, func(r io.Reader) (err error) { rc, err = ner.Read(r); return })
	return rc, err
}

// load hands the decompressed bytes of the embedded model name, data, to
// read. Decompressing reads every page of data, which would then count in
// the process's resident memory for the rest of its run (13 MB); they are
// let go of, and read again from the binary's file if the models are read
// again.
func load(name, data string, read func(io.Reader) error) error {
	defer dropPages(data)
	return ReadModel("models/"+name+".model.gz", strings.NewReader(data), read)
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
