package ingest

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// DefaultMaxBytes is the default size limit of one input file, or of one
// record (line) of a JSONL input.
const DefaultMaxBytes = 16 << 20

// Options control reading. The zero value reads with the default limits and
// no fallback publication date.
type Options struct {
	DCT      timeline.Date // publication date for documents whose metadata has none (--dct)
	MaxBytes int64         // largest file read, or JSONL record; 0 means DefaultMaxBytes
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Errors that make a whole input unreadable. They arrive wrapped in an
// *InputError that names the input.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("input too large")
	ErrNoText   = errors.New("no article text found")
	ErrSyntax   = errors.New("malformed JSON")
)

// InputError is a problem with one input (or one record of it, when Line
// is set).
type InputError struct {
	Path string
	Line int // 1-based line of a JSONL record; 0 for the whole input
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("ingest: %s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("ingest: %s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// StdinName is the path that stands for standard input.
const StdinName = "-"

// ReadPaths reads every article under paths (files, folders read
// recursively in sorted order, "-" for stdin). Inputs that cannot be read
// become Diagnostics naming the path and the reason; the rest are returned.
// Document IDs are unique: a repeated ID gets the suffix -2, -3 … in
// reading order. Inputs and JSONL records are read in parallel; the
// documents and diagnostics come in input order, then line order.
func ReadPaths(paths []string, stdin io.Reader, opt Options) ([]timeline.Document, []timeline.Diagnostic) {
	var sources []source
	for _, p := range paths {
		if p == StdinName {
			sources = append(sources, source{path: p, stdin: stdin})
			continue
		}
		files, errs := listFiles(p)
		for _, err := range errs {
			sources = append(sources, source{err: err})
		}
		for _, f := range files {
			sources = append(sources, source{path: f})
		}
	}
	return readAll(sources, opt)
}

// Input is an article file held in memory. Its name gives its format, its
// ID and its path in diagnostics, as for Read.
type Input struct {
	Name string
	Data []byte
}

// ReadInputs reads inputs held in memory as ReadPaths reads files: in
// parallel, with documents and diagnostics in input order, then line
// order, and unique IDs.
func ReadInputs(inputs []Input, opt Options) ([]timeline.Document, []timeline.Diagnostic) {
	sources := make([]source, len(inputs))
	for i, in := range inputs {
		sources[i] = source{path: in.Name, data: in.Data, inMem: true}
	}
	return readAll(sources, opt)
}

// readAll reads sources, each one's failure a diagnostic.
func readAll(sources []source, opt Options) ([]timeline.Document, []timeline.Diagnostic) {
	var docs []timeline.Document
	var diags []timeline.Diagnostic
	readSources(sources, opt, func(_ int, o outcome) {
		docs = append(docs, o.docs...)
		diags = append(diags, o.diags...)
		if o.err != nil {
			diags = append(diags, diagnosticOf(o.err))
		}
	})
	uniqueIDs(docs)
	return docs, yearsFromCorpus(docs, diags)
}

// ReadFile reads one file of any supported format. A non-nil error means
// nothing could be read from it; diagnostics report records that were
// skipped and warnings about the documents returned.
func ReadFile(path string, opt Options) ([]timeline.Document, []timeline.Diagnostic, error) {
	if formatOf(path, nil) == formatJSONL {
		return readSource(source{path: path}, opt)
	}
	o := readWholeFile(path, opt)
	return o.docs, o.diags, o.err
}

// Read reads one input held in memory. name gives the format (by its
// extension; "-" or an unknown extension is sniffed from the content), the
// document ID and the path in diagnostics.
func Read(name string, data []byte, opt Options) ([]timeline.Document, []timeline.Diagnostic, error) {
	if isJSONL(name, data) {
		return readSource(source{path: name, data: data, inMem: true}, opt)
	}
	o := readWhole(name, data, opt)
	return o.docs, o.diags, o.err
}

func readSource(s source, opt Options) ([]timeline.Document, []timeline.Diagnostic, error) {
	var o outcome
	readSources([]source{s}, opt, func(_ int, got outcome) { o = got })
	return o.docs, o.diags, o.err
}

// readWholeFile reads a file that is not JSONL: whole, within the limit.
func readWholeFile(path string, opt Options) outcome {
	data, err := readLimited(path, opt.maxBytes())
	if err != nil {
		return outcome{err: &InputError{Path: path, Err: err}}
	}
	return readWhole(path, data, opt)
}

// readWhole reads an input that is not JSONL, held in memory.
func readWhole(name string, data []byte, opt Options) outcome {
	if int64(len(data)) > opt.maxBytes() {
		return outcome{err: &InputError{Path: name, Err: tooLarge(opt.maxBytes())}}
	}
	data, warn, err := checkText(data)
	if err != nil {
		return outcome{err: &InputError{Path: name, Err: err}}
	}
	var diags []timeline.Diagnostic
	if warn != "" {
		diags = append(diags, timeline.Diagnostic{Path: name, Warning: true, Message: warn})
	}
	arts, recDiags, err := parse(name, data)
	diags = append(diags, recDiags...)
	if err != nil {
		return outcome{diags: diags, err: &InputError{Path: name, Err: err}}
	}
	docs := make([]timeline.Document, 0, len(arts))
	for i := range arts {
		doc, warns := build(&arts[i], opt)
		docs = append(docs, doc)
		diags = append(diags, warns...)
	}
	// Record errors and document warnings, in line order.
	slices.SortStableFunc(diags, func(a, b timeline.Diagnostic) int { return cmp.Compare(a.Line, b.Line) })
	return outcome{docs: docs, diags: diags}
}

// parse splits data into articles by format.
func parse(name string, data []byte) ([]article, []timeline.Diagnostic, error) {
	switch formatOf(name, data) {
	case formatJSON:
		return readJSON(name, data)
	case formatHTML:
		a, err := readHTML(name, data)
		if err != nil {
			return nil, nil, err
		}
		return []article{a}, nil, nil
	default:
		return []article{readText(name, data)}, nil, nil
	}
}

func tooLarge(limit int64) error {
	return fmt.Errorf("%w: larger than the limit of %d bytes (raise it with --max-bytes)", ErrTooLarge, limit)
}

// readLimited reads the file at path, refusing files over limit bytes
// before reading them when their size is known.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, readError(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, errors.New("is a directory")
		}
		if st.Mode().IsRegular() && st.Size() > limit {
			return nil, tooLarge(limit)
		}
	}
	return readAllLimited(f, limit)
}

func readAllLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, readError(err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// readError says that an input could not be read, dropping the path
// an *fs.PathError repeats: every diagnostic names its path already.
func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("cannot read: %w", err)
}

// listFiles returns path itself when it is a file, or the article files
// under it, sorted, when it is a folder, with an error for each entry that
// could not be listed. Files in folders whose extension is not an article
// format are skipped, as are hidden files and folders.
func listFiles(path string) ([]string, []error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, []error{&InputError{Path: path, Err: readError(err)}}
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var files []string
	var errs []error
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &InputError{Path: p, Err: readError(err)})
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && knownExtension(p) {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		errs = append(errs, &InputError{Path: path, Err: readError(walkErr)})
	}
	slices.Sort(files)
	return files, errs
}

// diagnosticOf turns an error from reading into a diagnostic.
func diagnosticOf(err error) timeline.Diagnostic {
	var ie *InputError
	if errors.As(err, &ie) {
		return timeline.Diagnostic{Path: ie.Path, Line: ie.Line, Message: ie.Err.Error()}
	}
	return timeline.Diagnostic{Message: err.Error()}
}

// checkText refuses empty and binary data and repairs invalid UTF-8,
// returning a warning when it did.
func checkText(data []byte) ([]byte, string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", ErrEmpty
	}
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return nil, "", fmt.Errorf("%w: UTF-16 text; convert it to UTF-8", ErrBinary)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		if text, name, ok := decodeLegacy(data); ok {
			return text, "not UTF-8: read as " + name, nil
		}
	}
	if mostlyNonText(data) {
		return nil, "", fmt.Errorf("%w: mostly control bytes or invalid UTF-8", ErrBinary)
	}
	if !utf8.Valid(data) {
		warn := invalidUTF8Warning(countInvalid(data), int64(firstInvalid(data)))
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), warn, nil
	}
	return data, "", nil
}

// mostlyNonText looks at the first 8 KiB: text has few control bytes and
// little invalid UTF-8.
func mostlyNonText(data []byte) bool {
	sample := data[:min(len(data), 8<<10)]
	bad := 0
	for _, c := range sample {
		if isControl[c] {
			bad++
		}
	}
	if !utf8.Valid(sample) {
		// Do not count a character cut off by the end of the sample.
		bad += countInvalid(sample[:max(0, len(sample)-utf8.UTFMax)])
	}
	return bad*10 > len(sample)*3
}

// isControl marks the control bytes that do not occur in text.
var isControl = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v'
	}
	t[0x7f] = true
	return t
}()

func countInvalid(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// uniqueIDs renames repeated document IDs to id-2, id-3 … in order.
func uniqueIDs(docs []timeline.Document) {
	taken := make(map[string]bool, len(docs))
	for i := range docs {
		taken[docs[i].ID] = false
	}
	for i := range docs {
		id := docs[i].ID
		if !taken[id] {
			taken[id] = true
			continue
		}
		for n := 2; ; n++ {
			cand := id + "-" + strconv.Itoa(n)
			if _, used := taken[cand]; !used {
				docs[i].ID = cand
				taken[cand] = true
				break
			}
		}
	}
}
