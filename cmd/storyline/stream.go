package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"

	"github.com/storyline/storyline/timeline"
)

// batchSize is how many array elements are encoded at once, in parallel:
// enough to keep every CPU busy, few enough that only a sliver of the
// document is ever held as JSON.
const batchSize = 1024

// writeTimeline writes tl exactly as writeJSON would, but a batch of
// elements at a time, so that a large corpus's document is never held
// twice in memory, and each batch is encoded on every CPU.
func writeTimeline(w io.Writer, tl *timeline.Timeline) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	sw := &streamWriter{w: bw, encoders: make([]elementEncoder, runtime.GOMAXPROCS(0))}
	for i := range sw.encoders {
		sw.encoders[i].init()
	}
	sw.w.WriteString("{\n  \"schema\": ")
	sw.encoders[0].reset()
	sw.err = sw.encoders[0].encode(tl.Schema)
	sw.w.Write(sw.encoders[0].element(0))
	writeArray(sw, "documents", tl.Documents)
	writeArray(sw, "actors", tl.Actors)
	writeArray(sw, "events", tl.Events)
	writeArray(sw, "links", tl.Links)
	if len(tl.Diagnostics) > 0 {
		writeArray(sw, "diagnostics", tl.Diagnostics)
	}
	sw.w.WriteString("\n}\n")
	if sw.err != nil {
		return sw.err
	}
	return bw.Flush()
}

// streamWriter writes to w, with one element encoder per CPU, and keeps
// the first encoding error.
type streamWriter struct {
	w        *bufio.Writer
	encoders []elementEncoder
	err      error
}

// elementEncoder encodes elements of a top-level array one after another
// into one reused buffer: indented two levels deep, HTML characters left
// readable.
type elementEncoder struct {
	buf  bytes.Buffer
	enc  *json.Encoder
	ends []int // where each encoded element ends in buf, its newline dropped
}

func (e *elementEncoder) init() {
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	e.enc.SetIndent("    ", "  ")
}

func (e *elementEncoder) reset() { e.buf.Reset(); e.ends = e.ends[:0] }

func (e *elementEncoder) encode(v any) error {
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	e.ends = append(e.ends, e.buf.Len())
	return nil
}

// element returns the i-th element encoded since the last reset.
func (e *elementEncoder) element(i int) []byte {
	start := 0
	if i > 0 {
		start = e.ends[i-1]
	}
	return e.buf.Bytes()[start : e.ends[i]-1]
}

func writeArray[T any](sw *streamWriter, name string, items []T) {
	sw.w.WriteString(",\n  \"")
	sw.w.WriteString(name)
	sw.w.WriteString("\": ")
	switch {
	case items == nil:
		sw.w.WriteString("null")
		return
	case len(items) == 0:
		sw.w.WriteString("[]")
		return
	}
	sw.w.WriteString("[")
	for start := 0; start < len(items) && sw.err == nil; start += batchSize {
		batch := items[start:min(start+batchSize, len(items))]
		chunk := (len(batch) + len(sw.encoders) - 1) / len(sw.encoders)
		if sw.err = encodeChunks(sw.encoders, batch, chunk); sw.err != nil {
			return
		}
		for i := range batch {
			if start+i > 0 {
				sw.w.WriteString(",")
			}
			sw.w.WriteString("\n    ")
			sw.w.Write(sw.encoders[i/chunk].element(i % chunk))
		}
	}
	sw.w.WriteString("\n  ]")
}

// encodeChunks encodes batch[k*chunk:(k+1)*chunk] with encoders[k], all at once.
func encodeChunks[T any](encoders []elementEncoder, batch []T, chunk int) error {
	errs := make([]error, len(encoders))
	var wg sync.WaitGroup
	for k := range encoders {
		lo, hi := min(k*chunk, len(batch)), min((k+1)*chunk, len(batch))
		wg.Go(func() {
			e := &encoders[k]
			e.reset()
			for i := lo; i < hi && errs[k] == nil; i++ {
				errs[k] = e.encode(&batch[i])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
