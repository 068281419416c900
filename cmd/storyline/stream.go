package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/storyline/storyline/timeline"
)

// writeTimeline writes tl exactly as writeJSON would, but one element at a
// time, so that a large corpus's document is never held twice in memory.
func writeTimeline(w io.Writer, tl *timeline.Timeline) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	sw := &streamWriter{w: bw}
	sw.enc = json.NewEncoder(&sw.buf)
	sw.enc.SetEscapeHTML(false)
	sw.enc.SetIndent("    ", "  ")

	bw.WriteString("{\n  \"schema\": ")
	sw.value(tl.Schema)
	writeArray(sw, "documents", tl.Documents)
	writeArray(sw, "actors", tl.Actors)
	writeArray(sw, "events", tl.Events)
	writeArray(sw, "links", tl.Links)
	if len(tl.Diagnostics) > 0 {
		writeArray(sw, "diagnostics", tl.Diagnostics)
	}
	bw.WriteString("\n}\n")
	if sw.err != nil {
		return sw.err
	}
	return bw.Flush()
}

// streamWriter encodes one value at a time and keeps the first error.
type streamWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func (sw *streamWriter) value(v any) {
	if sw.err != nil {
		return
	}
	sw.buf.Reset()
	if sw.err = sw.enc.Encode(v); sw.err != nil {
		return
	}
	sw.w.Write(bytes.TrimSuffix(sw.buf.Bytes(), []byte("\n")))
}

func writeArray[T any](sw *streamWriter, name string, items []T) {
	sw.w.WriteString(",\n  \"")
	sw.w.WriteString(name)
	sw.w.WriteString("\": ")
	if items == nil {
		sw.w.WriteString("null")
		return
	}
	if len(items) == 0 {
		sw.w.WriteString("[]")
		return
	}
	sw.w.WriteString("[")
	for i := range items {
		if i > 0 {
			sw.w.WriteString(",")
		}
		sw.w.WriteString("\n    ")
		sw.value(&items[i])
	}
	sw.w.WriteString("\n  ]")
}
