package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strconv"
	"sync"

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
