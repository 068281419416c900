package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Reading a stream line by line: the checks on its first bytes, telling
// JSONL from a whole document, lines with a length limit, and batches of
// records handed to the workers.

// checkHead skips a byte order mark and refuses UTF-16 and binary data,
// as checkText does for an input held whole.
func checkHead(br *bufio.Reader) error {
	if b, _ := br.Peek(len(byteOrderMark)); bytes.Equal(b, byteOrderMark) {
		br.Discard(len(byteOrderMark))
	}
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF {
		return readError(err)
	}
	if err := headError(head); err != errMostlyNonText {
		return err
	}
	// A NUL byte anywhere is the reason given first.
	var off int64
	for {
		chunk, err := br.ReadSlice(0)
		if err == nil {
			return nulError(off + int64(len(chunk)) - 1)
		}
		off += int64(len(chunk))
		if err != bufio.ErrBufferFull {
			break
		}
	}
	return errMostlyNonText
}

var errMostlyNonText = fmt.Errorf("%w: mostly control bytes or invalid UTF-8", ErrBinary)

// headError refuses UTF-16 and binary data by the start of an input.
func headError(head []byte) error {
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return fmt.Errorf("%w: UTF-16 text; convert it to UTF-8", ErrBinary)
	}
	if mostlyNonText(head) {
		return errMostlyNonText
	}
	return nil
}

// checkHeadBytes is checkHead for an input held in memory, byte order
// mark removed.
func checkHeadBytes(data []byte) error {
	err := headError(data)
	if err == errMostlyNonText {
		if at := bytes.IndexByte(data, 0); at >= 0 {
			return nulError(int64(at))
		}
	}
	return err
}

func nulError(offset int64) error {
	return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, offset)
}

// sniffStream tells whether standard input is JSONL by the rule sniff
// uses, reading no further than the start of its second record. It
// returns the bytes it consumed, to be read again.
func sniffStream(br *bufio.Reader, limit int64) (prefix []byte, jsonl bool, err error) {
	peek, err := br.Peek(len(byteOrderMark) + 1024)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, false, err
	}
	body := bytes.TrimPrefix(peek, byteOrderMark)
	head := bytes.TrimLeft(body[:min(len(body), 1024)], " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return nil, false, nil
	}
	// The first line is the one holding the first byte that is not space.
	first := -1
	for first < 0 {
		start := len(prefix)
		prefix, err = appendLine(br, prefix, limit+1)
		if err != nil || int64(len(prefix)) > limit || len(prefix) == start {
			return prefix, false, ignoreEOF(err)
		}
		if i := bytes.IndexFunc(bytes.TrimPrefix(prefix, byteOrderMark), func(r rune) bool {
			return r != ' ' && r != '\t' && r != '\r' && r != '\n'
		}); i >= 0 {
			first = start
		}
	}
	line := prefix[first:]
	if !bytes.HasSuffix(line, []byte("\n")) {
		return prefix, false, nil
	}
	if line = bytes.TrimSpace(line); len(line) < 2 || line[len(line)-1] != '}' {
		return prefix, false, nil
	}
	for int64(len(prefix)) <= limit {
		c, err := br.ReadByte()
		if err != nil {
			return prefix, false, ignoreEOF(err)
		}
		prefix = append(prefix, c)
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return prefix, c == '{', nil
		}
	}
	return prefix, false, nil
}

// appendLine appends the next line, newline included, to buf, stopping
// once buf holds max bytes.
func appendLine(br *bufio.Reader, buf []byte, max int64) ([]byte, error) {
	for int64(len(buf)) < max {
		frag, err := br.ReadSlice('\n')
		buf = append(buf, frag...)
		if err != bufio.ErrBufferFull {
			return buf, err
		}
	}
	return buf, nil
}

func ignoreEOF(err error) error {
	if err == io.EOF {
		return nil
	}
	return err
}

// lineReader reads lines of at most limit bytes, from br or data; longer
// ones are skipped.
type lineReader struct {
	br     *bufio.Reader
	data   []byte
	limit  int64
	buf    []byte
	lineNo int   // 1-based number of the line last read
	start  int64 // its byte offset
	next   int64 // the offset of the line after it
}

// read returns the next line without its newline, valid until the next
// call, or io.EOF. A line longer than the limit comes back empty, with
// tooLong set.
func (lr *lineReader) read() (line []byte, tooLong bool, err error) {
	if lr.br == nil {
		return lr.readData()
	}
	var n int64
	lr.buf = lr.buf[:0]
	for pieces := 0; ; pieces++ {
		frag, err := lr.br.ReadSlice('\n')
		n += int64(len(frag))
		if err != nil && err != bufio.ErrBufferFull && err != io.EOF {
			return nil, false, err
		}
		if err == io.EOF && n == 0 {
			return nil, false, io.EOF
		}
		size := n
		if err == nil {
			size-- // the newline
		}
		switch {
		case tooLong:
		case size > lr.limit:
			tooLong, line = true, nil
		case pieces == 0 && err != bufio.ErrBufferFull:
			line = frag // the whole line, still in the reader's buffer
		default:
			lr.buf = append(lr.buf, frag...)
			line = lr.buf
		}
		if err != bufio.ErrBufferFull {
			break
		}
	}
	lr.lineNo++
	lr.start, lr.next = lr.next, lr.next+n
	if len(line) > 0 && line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return line, tooLong, nil
}

func (lr *lineReader) readData() (line []byte, tooLong bool, err error) {
	if lr.next >= int64(len(lr.data)) {
		return nil, false, io.EOF
	}
	rest := lr.data[lr.next:]
	n := len(rest)
	line = rest
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n, line = i+1, rest[:i]
	}
	lr.lineNo++
	lr.start, lr.next = lr.next, lr.next+int64(n)
	if int64(len(line)) > lr.limit {
		return nil, true, nil
	}
	return line, false, nil
}

// batch is consecutive records of one JSONL input, copied out of the
// reader's buffer, or in the input itself when shared.
type batch struct {
	name   string
	opt    Options
	arena  []byte
	shared bool
	size   int // bytes of the records
	lines  []batchLine
}

type batchLine struct {
	no         int   // line number
	offset     int64 // byte offset of the line in the input
	start, end int   // the line in arena
	tooLong    bool
}

// wouldGrow reports whether a line of n bytes would not fit in the
// arena: the batch is sent rather than its records copied again.
func (b *batch) wouldGrow(n int) bool {
	return !b.shared && len(b.lines) > 0 && len(b.arena)+n > cap(b.arena)
}

func (b *batch) add(line []byte, no int, offset int64, tooLong bool) {
	b.size += len(line)
	if b.shared {
		b.lines = append(b.lines, batchLine{no: no, offset: offset, start: int(offset), end: int(offset) + len(line), tooLong: tooLong})
		return
	}
	if b.arena == nil {
		// Room for a batch of lines a little longer than this one.
		b.arena = make([]byte, 0, max(len(line), min(batchBytes, len(line)*batchRecords*5/4)))
	}
	start := len(b.arena)
	b.arena = append(b.arena, line...)
	b.lines = append(b.lines, batchLine{no: no, offset: offset, start: start, end: len(b.arena), tooLong: tooLong})
}

// run reads the batch's records into documents, each failure a
// diagnostic on its line.
func (b *batch) run(r *result) {
	r.firstInvalid = -1
	var d recordDecoder
	for _, ln := range b.lines {
		if ln.tooLong {
			r.records++
			r.diags = append(r.diags, timeline.Diagnostic{Path: b.name, Line: ln.no, Message: recordTooLarge(b.opt.maxBytes()).Error()})
			continue
		}
		raw := b.arena[ln.start:ln.end]
		if !utf8.Valid(raw) {
			if r.invalid == 0 {
				r.firstInvalid = ln.offset + int64(firstInvalid(raw))
			}
			r.invalid += countInvalid(raw)
			raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		r.records++
		a, err := decodeRecord(&d, b.name, raw, ln.no)
		if err != nil {
			r.diags = append(r.diags, timeline.Diagnostic{Path: b.name, Line: ln.no, Message: err.Error()})
			continue
		}
		a.Line = ln.no
		doc, warns := build(&a, b.opt)
		r.docs = append(r.docs, doc)
		r.diags = append(r.diags, warns...)
	}
}

func recordTooLarge(limit int64) error {
	return fmt.Errorf("%w: record larger than the limit of %d bytes (raise it with --max-bytes)", ErrTooLarge, limit)
}

// isJSONL reports whether an input held in memory is read as JSONL.
func isJSONL(name string, data []byte) bool {
	return formatOf(name, bytes.TrimPrefix(data, byteOrderMark)) == formatJSONL
}
