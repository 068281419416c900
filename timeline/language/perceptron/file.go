package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"runtime"
	"slices"
)

// ErrCorrupt is wrapped by every error about a model file that is not a
// whole, well-formed model.
var ErrCorrupt = errors.New("corrupt model file")

const magic = "SLPM\x01"

// WriteTo writes m in its file format: a header, the features in key
// order with their weights, and a CRC-32 of all that precedes it.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	slots := make([]slot, 0, m.nkeys)
	for _, s := range m.table {
		if s.key != 0 {
			slots = append(slots, s)
		}
	}
	slices.SortFunc(slots, func(a, b slot) int { return cmpU32(a.key, b.key) })
	crc := crc32.NewIEEE()
	cw := &countWriter{w: io.MultiWriter(w, crc)}
	bw := bufio.NewWriter(cw)
	bw.WriteString(magic)
	put32(bw, uint32(m.classes))
	put32(bw, math.Float32bits(m.scale))
	put32(bw, uint32(len(slots)))
	for _, s := range slots {
		put32(bw, s.key)
		put32(bw, s.end-s.start)
		for _, e := range m.entries[s.start:s.end] {
			put32(bw, e)
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err := binary.Write(w, binary.LittleEndian, crc.Sum32())
	return cw.n + 4, err
}

// Read reads a model written by WriteTo, checking every count, class and
// the checksum, so that a truncated or damaged file is an error, never a
// panic or a wrong model.
func Read(r io.Reader) (*Model, error) {
	var keys []uint32
	var rows [][]uint32
	classes, scale, err := readRows(r, func(_ int, n uint32) {
		keys = make([]uint32, 0, min(n, 1<<20))
		rows = make([][]uint32, 0, min(n, 1<<20))
	}, func(key uint32, row []uint32) {
		keys = append(keys, key)
		rows = append(rows, slices.Clone(row))
	})
	if err != nil {
		return nil, err
	}
	return build(classes, scale, keys, rows), nil
}

// firstFeatures bounds the features ReadTable makes room for before they
// are read, so that a damaged count cannot ask for more memory than the
// file holds.
var firstFeatures uint32 = 1 << 20

// ReadTable reads a model written by WriteTo straight into the layout of
// NewTable, with the checks of Read. It holds no Model on the way, and so
// no second copy of the weights.
func ReadTable(r io.Reader) (*Table, error) {
	var t *Table
	// Features are placed a block at a time, each block's first slots
	// read before any is placed, so that their cache misses overlap (as
	// in Add): placed as they came, they took as long as decompressing.
	var keys []uint32
	var ends []int // where each row of keys ends in ws
	var ws []uint32
	flush := func() {
		var taken uint32
		for _, k := range keys {
			taken |= t.slots[t.home(Spread(k))].x
		}
		runtime.KeepAlive(taken) // the reads are the point: keep them
		start := 0
		for i, k := range keys {
			t.insert(k, ws[start:ends[i]])
			start = ends[i]
		}
		keys, ends, ws = keys[:0], ends[:0], ws[:0]
	}
	classes, scale, err := readRows(r, func(classes int, n uint32) {
		t = newTable(int(min(n, firstFeatures)))
		t.classes = classes
	}, func(key uint32, row []uint32) {
		t.features++
		if len(row) > 0 {
			keys, ws = append(keys, key), append(ws, row...)
			ends = append(ends, len(ws))
			if len(keys) == placeBlock {
				flush()
			}
		}
	})
	if err != nil {
		return nil, err
	}
	flush()
	t.pack()
	t.classes, t.scale = classes, scale
	return t, nil
}

// placeBlock is how many features ReadTable places at once.
const placeBlock = 4096

// readRows reads the file of a model: start is told the number of
// classes and the stated number of features, then row is called with each
// feature's key and weights, in increasing order of key; the weights are
// only valid during the call.
func readRows(r io.Reader, start func(classes int, n uint32), row func(key uint32, w []uint32)) (classes int, scale float32, err error) {
	br := bufio.NewReader(r)
	tr := &checksummed{r: br, crc: crc32.NewIEEE()}
	head := make([]byte, len(magic)+12)
	if _, err := io.ReadFull(tr, head); err != nil {
		return 0, 0, fmt.Errorf("%w: header: %v", ErrCorrupt, err)
	}
	if string(head[:len(magic)]) != magic {
		return 0, 0, fmt.Errorf("%w: not a perceptron model", ErrCorrupt)
	}
	le := binary.LittleEndian
	classes = int(le.Uint32(head[len(magic):]))
	scale = math.Float32frombits(le.Uint32(head[len(magic)+4:]))
	n := le.Uint32(head[len(magic)+8:])
	if classes < 1 || classes > math.MaxUint16 || n > 1<<28 {
		return 0, 0, fmt.Errorf("%w: %d classes, %d features", ErrCorrupt, classes, n)
	}
	start(classes, n)
	buf := make([]byte, 4*max(classes, 2))
	ws := make([]uint32, 0, classes)
	last := uint32(0)
	for i := uint32(0); i < n; i++ {
		if _, err := io.ReadFull(tr, buf[:8]); err != nil {
			return 0, 0, fmt.Errorf("%w: feature %d of %d: %v", ErrCorrupt, i, n, err)
		}
		key, count := le.Uint32(buf), le.Uint32(buf[4:])
		if key == 0 || count > uint32(classes) || (i > 0 && key <= last) {
			return 0, 0, fmt.Errorf("%w: feature %d out of order or with %d weights", ErrCorrupt, i, count)
		}
		if _, err := io.ReadFull(tr, buf[:4*count]); err != nil {
			return 0, 0, fmt.Errorf("%w: feature %d of %d: %v", ErrCorrupt, i, n, err)
		}
		ws = ws[:0]
		for j := range count {
			e := le.Uint32(buf[4*j:])
			if int(e>>16) >= classes {
				return 0, 0, fmt.Errorf("%w: feature %d: class %d of %d", ErrCorrupt, i, e>>16, classes)
			}
			ws = append(ws, e)
		}
		row(key, ws)
		last = key
	}
	sum := tr.sum32()
	var stored uint32
	if err := binary.Read(br, le, &stored); err != nil || stored != sum {
		return 0, 0, fmt.Errorf("%w: checksum", ErrCorrupt)
	}
	return classes, scale, nil
}

// checksummed reads from r, keeping the CRC-32 of what it has read. The
// checksum is updated a block at a time: a model's fields are a few bytes
// each, and the CRC of a few bytes cost as much as that of a block, where
// reading the weights of the tagger or of the parser's labeller took
// longer than laying them out.
type checksummed struct {
	r       io.Reader
	crc     hash.Hash32
	pending []byte // read and not summed yet
}

func (c *checksummed) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.pending = append(c.pending, p[:n]...)
	if len(c.pending) >= 32<<10 {
		c.crc.Write(c.pending)
		c.pending = c.pending[:0]
	}
	return n, err
}

// sum32 returns the CRC-32 of all that was read.
func (c *checksummed) sum32() uint32 {
	c.crc.Write(c.pending)
	c.pending = c.pending[:0]
	return c.crc.Sum32()
}

func put32(w *bufio.Writer, v uint32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], v)
	w.Write(b[:])
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
