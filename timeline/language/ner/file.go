package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"slices"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// ErrCorrupt is wrapped by every error about a model file that is not a
// whole, well-formed entity model.
var ErrCorrupt = errors.New("corrupt entity model")

const magic = "SLNER\x01"

// maxRatios bounds the capitalisation table a file may claim.
const maxRatios = 1 << 24

// WriteTo writes m: a header, the capitalisation table in key order with
// its CRC-32, then the perceptron's own file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	keys := slices.Sorted(maps.Keys(m.ratios))
	crc := crc32.NewIEEE()
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(io.MultiWriter(cw, crc))
	bw.WriteString(magic)
	var b [5]byte
	binary.LittleEndian.PutUint32(b[:], uint32(len(keys)))
	bw.Write(b[:4])
	for _, k := range keys {
		binary.LittleEndian.PutUint32(b[:], k)
		b[4] = m.ratios[k]
		bw.Write(b[:])
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	binary.LittleEndian.PutUint32(b[:], crc.Sum32())
	if _, err := cw.Write(b[:4]); err != nil {
		return cw.n, err
	}
	n, err := m.weights.WriteTo(w)
	return cw.n + n, err
}

// Read reads a model written by WriteTo. A truncated or damaged file is
// an error wrapping ErrCorrupt, never a panic.
func Read(r io.Reader) (*Model, error) {
	r = bufio.NewReader(r)
	crc := crc32.NewIEEE()
	tr := io.TeeReader(r, crc)
	head := make([]byte, len(magic)+4)
	if _, err := io.ReadFull(tr, head); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrCorrupt, err)
	}
	if string(head[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not an entity model", ErrCorrupt)
	}
	n := binary.LittleEndian.Uint32(head[len(magic):])
	if n > maxRatios {
		return nil, fmt.Errorf("%w: %d capitalisation entries", ErrCorrupt, n)
	}
	m := &Model{ratios: make(map[uint32]uint8, min(n, 1<<16))}
	var b [5]byte
	var last uint32
	for i := range n {
		if _, err := io.ReadFull(tr, b[:]); err != nil {
			return nil, fmt.Errorf("%w: capitalisation entry %d of %d: %v", ErrCorrupt, i, n, err)
		}
		k := binary.LittleEndian.Uint32(b[:])
		if (i > 0 && k <= last) || b[4] < ratioNever || b[4] > ratioAlways {
			return nil, fmt.Errorf("%w: capitalisation entry %d", ErrCorrupt, i)
		}
		m.ratios[k], last = b[4], k
	}
	sum := crc.Sum32()
	if _, err := io.ReadFull(r, b[:4]); err != nil || binary.LittleEndian.Uint32(b[:]) != sum {
		return nil, fmt.Errorf("%w: capitalisation checksum", ErrCorrupt)
	}
	w, err := perceptron.Read(r)
	if err != nil {
		return nil, fmt.Errorf("%w: weights: %w", ErrCorrupt, err)
	}
	if w.Classes() != nclass {
		return nil, fmt.Errorf("%w: %d classes, want %d", ErrCorrupt, w.Classes(), nclass)
	}
	m.weights, m.trans = w, transitionsOf(w)
	return m, nil
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
