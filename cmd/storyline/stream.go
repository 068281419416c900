package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"slices"
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
	compact bytes.Buffer
	enc     *json.Encoder // compact, into compact
	out     []byte        // the indented elements
	ends    []int         // where each encoded element ends in out, its newline dropped
}

func (e *elementEncoder) init() {
	e.enc = json.NewEncoder(&e.compact)
	e.enc.SetEscapeHTML(false)
}

func (e *elementEncoder) reset() { e.out = e.out[:0]; e.ends = e.ends[:0] }

// encode encodes v compact, then indents it as json.Encoder.SetIndent("    ",
// "  ") would: the encoder's own indenting reads the JSON again through
// its scanner, a call per byte, which took longer than the encoding.
func (e *elementEncoder) encode(v any) error {
	e.compact.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	// The indented elements of a batch fill megabytes (a document holds
	// its text): their room is doubled ahead of them, as append's growth
	// by a quarter at that size allocated five times the largest batch
	// (36 MB of extract's run on the benchmark corpus).
	if need := 2*e.compact.Len() + 64; cap(e.out)-len(e.out) < need {
		e.out = slices.Grow(e.out, max(cap(e.out), need))
	}
	e.out = appendIndent(e.out, e.compact.Bytes(), "    ", "  ")
	e.ends = append(e.ends, len(e.out))
	return nil
}

// element returns the i-th element encoded since the last reset.
func (e *elementEncoder) element(i int) []byte {
	start := 0
	if i > 0 {
		start = e.ends[i-1]
	}
	return e.out[start : e.ends[i]-1]
}

// appendIndent appends src, JSON as encoding/json writes it compact (no
// space outside strings), indented as json.Indent would: each element of
// an object or array on a line of its own, prefix and one indent per
// level, a space after each colon, empty objects and arrays as {} and [].
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // after { or [: the line break waits for what follows
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			// Copy the string whole: what is in it is no punctuation.
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
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
