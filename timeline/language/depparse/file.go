package depparse

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// ErrCorrupt is wrapped by every error about a model file that is not a
// whole, well-formed parser model.
var ErrCorrupt = errors.New("corrupt parser model")

const magic = "SLDP\x02"

// Bounds that a damaged file cannot make Read exceed.
const (
	maxLabels   = 1000
	maxLabelLen = 64
	maxFeatures = 1 << 26
	maxPart     = 1 << 30
)

// WriteTo writes m: a header, the relations, the transitions' weights, the
// labeller as a perceptron model after its length, and a CRC-32 of all
// that precedes it.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var label bytes.Buffer
	if _, err := m.label.WriteTo(&label); err != nil {
		return 0, err
	}
	crc := crc32.NewIEEE()
	cw := &countWriter{w: io.MultiWriter(w, crc)}
	bw := bufio.NewWriter(cw)
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, uint32(len(m.labels)))
	for _, l := range m.labels {
		bw.WriteByte(byte(len(l)))
		bw.WriteString(l)
	}
	m.trans.writeTo(bw)
	binary.Write(bw, binary.LittleEndian, uint64(label.Len()))
	bw.Write(label.Bytes())
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	err := binary.Write(w, binary.LittleEndian, crc.Sum32())
	return cw.n + 4, err
}

// Read reads a model written by WriteTo. A truncated or damaged file is an
// error wrapping ErrCorrupt, never a panic or a wrong model.
func Read(r io.Reader) (*Model, error) {
	crc := crc32.NewIEEE()
	br := bufio.NewReader(r)
	tr := io.TeeReader(br, crc)
	le := binary.LittleEndian
	head := make([]byte, len(magic)+4)
	if _, err := io.ReadFull(tr, head); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrCorrupt, err)
	}
	if string(head[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a parser model", ErrCorrupt)
	}
	n := le.Uint32(head[len(magic):])
	if n < 1 || n > maxLabels {
		return nil, fmt.Errorf("%w: %d relations", ErrCorrupt, n)
	}
	m := &Model{labels: make([]string, n)}
	buf := make([]byte, maxLabelLen)
	for i := range m.labels {
		if _, err := io.ReadFull(tr, buf[:1]); err != nil {
			return nil, fmt.Errorf("%w: relation %d: %v", ErrCorrupt, i, err)
		}
		l := int(buf[0])
		if l < 1 || l > maxLabelLen {
			return nil, fmt.Errorf("%w: relation %d of %d bytes", ErrCorrupt, i, l)
		}
		if _, err := io.ReadFull(tr, buf[:l]); err != nil {
			return nil, fmt.Errorf("%w: relation %d: %v", ErrCorrupt, i, err)
		}
		m.labels[i] = string(buf[:l])
		if i > 0 && m.labels[i] <= m.labels[i-1] {
			return nil, fmt.Errorf("%w: relations out of order", ErrCorrupt)
		}
	}
	var err error
	if m.trans, err = readInline(tr); err != nil {
		return nil, err
	}
	var size uint64
	if err := binary.Read(tr, le, &size); err != nil || size > maxPart {
		return nil, fmt.Errorf("%w: labeller of %d bytes: %v", ErrCorrupt, size, err)
	}
	// The labeller is read from the stream into its table: no copy of its
	// bytes, nor of its weights, is held on the way.
	part := &io.LimitedReader{R: tr, N: int64(size)}
	if m.label, err = perceptron.ReadTable(part); err != nil {
		return nil, fmt.Errorf("%w: labeller: %w", ErrCorrupt, err)
	}
	// Bytes after the labeller's checksum belong to its part.
	if _, err := io.Copy(io.Discard, part); err != nil {
		return nil, fmt.Errorf("%w: labeller: %v", ErrCorrupt, err)
	}
	if m.label.Classes() != len(m.labels) {
		return nil, fmt.Errorf("%w: %d labels for %d relations", ErrCorrupt, m.label.Classes(), len(m.labels))
	}
	sum := crc.Sum32()
	var stored uint32
	if err := binary.Read(br, le, &stored); err != nil || stored != sum {
		return nil, fmt.Errorf("%w: checksum", ErrCorrupt)
	}
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
