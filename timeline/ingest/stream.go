package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Many inputs are read at once. One goroutine opens the inputs in order
// and cuts them into tasks: a whole file, or a batch of JSONL records read
// line by line, so a large JSONL corpus is never held whole. Workers
// decode, clean and segment the tasks, and the caller merges their results
// in task order, so the output is the same whatever the scheduling.

// source is one input to read.
type source struct {
	path  string    // file path, or StdinName
	stdin io.Reader // the reader behind StdinName
	data  []byte    // the input itself, when inMem
	inMem bool
	err   error // a listing error: nothing to read
}

// outcome is what reading one source gave.
type outcome struct {
	docs  []timeline.Document
	diags []timeline.Diagnostic
	err   error
}

// task is one piece of work; done is closed once res is set.
type task struct {
	src  int
	run  func(*result)
	done chan struct{}
	res  result
}

// result is a task's share of its source's outcome.
type result struct {
	outcome
	records      int   // non-blank JSONL lines
	invalid      int   // invalid UTF-8 sequences replaced
	firstInvalid int64 // byte offset of the first of them
	end          bool  // the last task of its source
	whole        bool  // the source was read in this one task
	streamed     bool  // the source was read record by record
}

// Batches of JSONL records: large enough that handing one to a worker
// costs little next to decoding it, small enough to keep both cores busy
// and the records in flight few.
const (
	batchRecords = 32
	batchBytes   = 256 << 10
	readBuffer   = 64 << 10
)

// readSources reads sources on GOMAXPROCS workers and calls emit with
// each source's outcome, in source order.
func readSources(sources []source, opt Options, emit func(src int, o outcome)) {
	workers := runtime.GOMAXPROCS(0)
	queue := make(chan *task, 4*workers)
	work := make(chan *task, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for t := range work {
				t.run(&t.res)
				close(t.done)
			}
		})
	}
	p := &producer{opt: opt, queue: queue, work: work}
	go p.produce(sources)

	var cur outcome
	var acc result
	acc.firstInvalid = -1
	for t := range queue {
		<-t.done
		r := &t.res
		cur.docs = append(cur.docs, r.docs...)
		cur.diags = append(cur.diags, r.diags...)
		acc.records += r.records
		if r.invalid > 0 {
			if acc.invalid == 0 {
				acc.firstInvalid = r.firstInvalid
			}
			acc.invalid += r.invalid
		}
		if !r.end {
			continue
		}
		switch {
		case r.err != nil && r.whole:
			cur.err = r.err
		case r.err != nil:
			// A stream that fails part way gives nothing, as a file
			// that cannot be read whole does.
			cur = outcome{err: r.err}
		case r.streamed:
			cur = finishStream(sources[t.src].path, cur, acc)
		}
		emit(t.src, cur)
		cur = outcome{}
		acc = result{firstInvalid: -1}
	}
	wg.Wait()
}

// finishStream settles a JSONL source read without error: empty when it
// held no record, and one warning, first, for all the UTF-8 it repaired.
func finishStream(name string, o outcome, acc result) outcome {
	if acc.records == 0 {
		return outcome{err: &InputError{Path: name, Err: ErrEmpty}}
	}
	if acc.invalid > 0 {
		warn := timeline.Diagnostic{Path: name, Warning: true, Message: invalidUTF8Warning(acc.invalid, acc.firstInvalid)}
		o.diags = append([]timeline.Diagnostic{warn}, o.diags...)
	}
	return o
}

func invalidUTF8Warning(n int, first int64) string {
	return "invalid UTF-8 (" + strconv.Itoa(n) + " bad sequences, the first at byte " +
		strconv.FormatInt(first, 10) + ") replaced with U+FFFD"
}

// producer turns sources into tasks, in order.
type producer struct {
	opt   Options
	queue chan<- *task
	work  chan<- *task
}

func (p *producer) produce(sources []source) {
	defer close(p.work)
	defer close(p.queue)
	for i, s := range sources {
		switch {
		case s.err != nil:
			p.finish(i, result{outcome: outcome{err: s.err}})
		case s.inMem:
			if isJSONL(s.path, s.data) {
				p.stream(i, s.path, nil, s.data)
			} else {
				p.whole(i, func() outcome { return readWhole(s.path, s.data, p.opt) })
			}
		case s.path == StdinName:
			p.stdin(i, s.stdin)
		case formatOf(s.path, nil) == formatJSONL:
			p.file(i, s.path)
		default:
			p.whole(i, func() outcome { return readWholeFile(s.path, p.opt) })
		}
	}
}

func (p *producer) send(t *task) {
	t.done = make(chan struct{})
	p.queue <- t
	if t.run != nil {
		p.work <- t
	} else {
		close(t.done)
	}
}

// finish ends source i with r, which needs no work.
func (p *producer) finish(i int, r result) {
	r.end = true
	p.send(&task{src: i, res: r})
}

// whole reads source i in one task.
func (p *producer) whole(i int, read func() outcome) {
	p.send(&task{src: i, run: func(r *result) {
		r.outcome = read()
		r.end, r.whole = true, true
	}})
}

// file streams the JSONL file at path.
func (p *producer) file(i int, path string) {
	f, err := os.Open(path)
	if err != nil {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: path, Err: readError(err)}}})
		return
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: path, Err: errors.New("is a directory")}}})
		return
	}
	p.stream(i, path, f, nil)
}

// stdin reads standard input: streamed when it looks like JSONL, else
// whole within the size limit. Its format is told by its first record, so
// a first record over the limit makes the whole input too large.
func (p *producer) stdin(i int, r io.Reader) {
	if r == nil {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: StdinName, Err: ErrEmpty}}})
		return
	}
	limit := p.opt.maxBytes()
	br := bufio.NewReaderSize(r, readBuffer)
	prefix, jsonl, err := sniffStream(br, limit)
	if err != nil {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: StdinName, Err: readError(err)}}})
		return
	}
	rest := io.MultiReader(bytes.NewReader(prefix), br)
	if jsonl {
		p.stream(i, StdinName, rest, nil)
		return
	}
	data, err := readAllLimited(rest, limit)
	if err != nil {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: StdinName, Err: err}}})
		return
	}
	p.whole(i, func() outcome { return readWhole(StdinName, data, p.opt) })
}

// stream cuts a JSONL input, read from r or, when r is nil, held in
// data, into batches of records. The checks that reject a whole input
// (UTF-16, binary data) are made on its head and, for NUL bytes, on every
// line as it is read. Records held in memory are not copied.
func (p *producer) stream(i int, name string, r io.Reader, data []byte) {
	lr := lineReader{limit: p.opt.maxBytes()}
	var err error
	inMemory := r == nil
	if inMemory {
		lr.data = bytes.TrimPrefix(data, byteOrderMark)
		err = checkHeadBytes(lr.data)
	} else {
		lr.br = bufio.NewReaderSize(r, readBuffer)
		err = checkHead(lr.br)
	}
	if err != nil {
		p.finish(i, result{outcome: outcome{err: &InputError{Path: name, Err: err}}})
		return
	}
	newBatch := func() *batch { return &batch{name: name, opt: p.opt, arena: lr.data, shared: inMemory} }
	b := newBatch()
	for {
		line, tooLong, err := lr.read()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.finish(i, result{outcome: outcome{err: &InputError{Path: name, Err: readError(err)}}})
			return
		}
		if at := bytes.IndexByte(line, 0); at >= 0 {
			p.finish(i, result{outcome: outcome{err: &InputError{Path: name, Err: nulError(lr.start + int64(at))}}})
			return
		}
		if b.wouldGrow(len(line)) {
			p.send(&task{src: i, run: b.run})
			b = newBatch()
		}
		b.add(line, lr.lineNo, lr.start, tooLong)
		if len(b.lines) >= batchRecords || b.size >= batchBytes {
			p.send(&task{src: i, run: b.run})
			b = newBatch()
		}
	}
	if len(b.lines) > 0 {
		p.send(&task{src: i, run: b.run})
	}
	p.finish(i, result{streamed: true})
}

var byteOrderMark = []byte("\xef\xbb\xbf")

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
