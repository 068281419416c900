package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/temporal"
)

// storyline timex prints the temporal expressions of its inputs. One plain
// text (a file that is not HTML or JSON, or standard input that does not
// look like either) gives a JSON array of its expressions, with offsets
// into the bytes as given: what the command always printed, and what
// TimeML scorers read. Anything else (folders, several files, news-please
// JSON or JSONL, HTML) gives one JSON line per document, in reading order,
// with offsets into the document's text, each resolved against the
// document's own publication date, so that a corpus is tagged in one
// process.
func runTimex(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("timex", "[--dct YYYY-MM-DD] [--max-bytes N] [INPUT...]", e.stderr)
	var in inputFlags
	in.register(fs)
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	opt, err := in.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitUsage
	}
	if len(paths) == 0 {
		paths = []string{ingest.StdinName}
	}
	if len(paths) == 1 {
		name, data, ok, err := plainText(e, paths[0], opt.MaxBytes)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
			return exitPartial
		}
		if ok {
			return tagPlainText(e, name, data, opt)
		}
	}
	return tagDocuments(ctx, e, paths, opt)
}

// plainText reads path when it is one plain text. When it is not, ok is
// false and nothing is consumed: standard input is left readable from
// e.stdin.
func plainText(e *env, path string, limit int64) (name string, data []byte, ok bool, err error) {
	if path == ingest.StdinName {
		br := bufio.NewReaderSize(e.stdin, 4096)
		e.stdin = br
		head, _ := br.Peek(1024) // a shorter input is all there is
		if !looksPlain(head) {
			return "", nil, false, nil
		}
		data, err := readLimited(br, limit)
		if err != nil {
			return "", nil, false, fmt.Errorf("standard input: %w", err)
		}
		return path, data, true, nil
	}
	if !textExtension(path) {
		return "", nil, false, nil
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return "", nil, false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", nil, false, err // *PathError names the file
	}
	defer f.Close()
	data, err = readLimited(f, limit)
	if err != nil {
		return "", nil, false, fmt.Errorf("%s: %w", path, err)
	}
	return path, data, true, nil
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = ingest.DefaultMaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: larger than the limit of %d bytes (raise it with --max-bytes)", ingest.ErrTooLarge, limit)
	}
	return data, nil
}

// textExtension reports whether ingest reads a file named path as plain
// text: any file that is not named as HTML or JSON.
func textExtension(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson":
		return false
	}
	return true
}

// looksPlain reports whether the start of standard input is plain text,
// as ingest sniffs it: not JSON, and not an HTML or XML document.
func looksPlain(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 0 && (head[0] == '[' || head[0] == '{') {
		return false
	}
	for _, p := range []string{"<!doctype", "<html", "<?xml", "<head", "<body"} {
		if len(head) >= len(p) && strings.EqualFold(string(head[:len(p)]), p) {
			return false
		}
	}
	return true
}

// tagPlainText prints the expressions of one text as a JSON array. The
// publication date is the document's, as extract finds it: front matter,
// else --dct, else the text's own "Published …" line.
func tagPlainText(e *env, name string, data []byte, opt ingest.Options) int {
	text := string(data)
	dct := opt.DCT
	if dct.IsZero() || strings.HasPrefix(strings.TrimPrefix(text, "\ufeff"), "---") {
		// reading the whole document only matters when its metadata can
		// outrank --dct, or when there is no --dct
		if docs, _, err := ingest.Read(name, data, opt); err == nil && len(docs) == 1 {
			dct = docs[0].Published
		}
	}
	timexes := temporal.Tag(text, dct)
	if timexes == nil {
		timexes = []timeline.Timex{}
	}
	if err := writeJSON(e.stdout, timexes); err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// timexLine is one document's line of output.
type timexLine struct {
	Doc           string           `json:"doc"`
	Path          string           `json:"path"`
	Published     timeline.Date    `json:"published"`
	PublishedFrom string           `json:"published_from"`
	Timexes       []timeline.Timex `json:"timexes"`
}

// tagDocuments reads the inputs as extract does and prints one JSON line
// per document.
func tagDocuments(ctx context.Context, e *env, paths []string, opt ingest.Options) int {
	docs, diags := readArticles(e, paths, opt)
	limitMemory(docs, false)
	if len(docs) == 0 && len(diags) == 0 {
		fmt.Fprintf(e.stderr, "storyline timex: no articles in %s\n", strings.Join(paths, " "))
		return exitPartial
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	if err := writeTimexLines(ctx, w, docs); err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitPartial
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitPartial
	}
	return exitFor(diags)
}

// timexBatch is how many documents are tagged at once, in parallel, before
// their lines are written in order: enough to keep every CPU busy, few
// enough that little output is held.
const timexBatch = 256

// writeTimexLines tags docs on every CPU, each worker with its own Tagger
// and encoder, and writes their lines in document order.
func writeTimexLines(ctx context.Context, w io.Writer, docs []timeline.Document) error {
	workers := make([]timexWorker, min(runtime.GOMAXPROCS(0), max(len(docs), 1)))
	for i := range workers {
		workers[i].init()
	}
	lines := make([][]byte, timexBatch)
	for start := 0; start < len(docs); start += timexBatch {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("interrupted: %w", err)
		}
		batch := docs[start:min(start+timexBatch, len(docs))]
		var wg sync.WaitGroup
		errs := make([]error, len(workers))
		for k := range workers {
			wg.Go(func() {
				tw := &workers[k]
				tw.buf.Reset() // the lines of the last batch are written
				for i := k; i < len(batch) && errs[k] == nil; i += len(workers) {
					lines[i], errs[k] = tw.line(&batch[i])
				}
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		for i := range batch {
			if _, err := w.Write(lines[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// timexWorker tags and encodes documents, reusing its buffers.
type timexWorker struct {
	tagger temporal.Tagger
	buf    bytes.Buffer
	enc    *json.Encoder
}

func (tw *timexWorker) init() {
	tw.enc = json.NewEncoder(&tw.buf)
	tw.enc.SetEscapeHTML(false)
}

// line returns the JSON line of doc, valid until the worker's buffer is
// reset for the next batch.
func (tw *timexWorker) line(doc *timeline.Document) ([]byte, error) {
	timexes := tw.tagger.Tag(doc.Text, doc.Published)
	if timexes == nil {
		timexes = []timeline.Timex{}
	}
	start := tw.buf.Len()
	if err := tw.enc.Encode(timexLine{doc.ID, doc.Path, doc.Published, doc.PublishedFrom, timexes}); err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	// a later Encode may move the buffer, but never rewrites these bytes
	return tw.buf.Bytes()[start:], nil
}
