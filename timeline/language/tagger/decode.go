package tagger

import (
	"encoding/binary"
	"fmt"
	"math"
)

// decoder reads the lexicon section; its first error sticks, and every
// read after it gives zeros, so that decode checks once per table.
type decoder struct {
	b    []byte
	err  error
	strs []string
}

func (d *decoder) take(n int) []byte {
	if d.err != nil || n > len(d.b) {
		if d.err == nil {
			d.err = fmt.Errorf("%w: lexicon truncated", ErrCorrupt)
		}
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *decoder) u8() uint8 {
	if p := d.take(1); p != nil {
		return p[0]
	}
	return 0
}

func (d *decoder) u16() uint16 {
	if p := d.take(2); p != nil {
		return binary.LittleEndian.Uint16(p)
	}
	return 0
}

func (d *decoder) u32() uint32 {
	if p := d.take(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (d *decoder) u64() uint64 {
	if p := d.take(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

// count reads a table's length, which must fit in what is left when each
// of its items takes at least size bytes.
func (d *decoder) count(size int) int {
	n := d.u32()
	if d.err == nil && uint64(n)*uint64(size) > uint64(len(d.b)) {
		d.err = fmt.Errorf("%w: a table of %d items in %d bytes", ErrCorrupt, n, len(d.b))
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	i := d.u32()
	if d.err == nil && int(i) >= len(d.strs) {
		d.err = fmt.Errorf("%w: string %d of %d", ErrCorrupt, i, len(d.strs))
	}
	if d.err != nil {
		return ""
	}
	return d.strs[i]
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrCorrupt}, args...)...)
	}
}

// decode reads the lexicon section: m without its perceptrons, and how
// many perceptrons follow.
func decode(d *decoder) (m *Model, nnets int, err error) {
	d.strs = make([]string, d.count(4))
	for i := range d.strs {
		d.strs[i] = string(d.take(int(d.u32())))
		if i > 0 && d.strs[i] <= d.strs[i-1] {
			d.fail("strings out of order")
		}
	}
	m = &Model{}
	nc := d.count(9)
	if d.err == nil && (nc == 0 || nc > math.MaxInt16) {
		d.fail("%d classes", nc)
	}
	m.classes, m.nominal, m.classFeats = make([]Analysis, nc), make([]bool, nc), make([][]uint16, nc)
	for c := range nc {
		m.classes[c] = Analysis{UPOS: d.str(), XPOS: d.str()}
		m.nominal[c] = d.u8() != 0
		m.classFeats[c] = make([]uint16, d.count(2))
		for j := range m.classFeats[c] {
			m.classFeats[c][j] = d.u16()
		}
	}
	m.feats = make([]string, d.count(4))
	if d.err == nil && (len(m.feats) == 0 || len(m.feats) > math.MaxUint16) {
		d.fail("%d feature sets", len(m.feats))
	}
	for i := range m.feats {
		m.feats[i] = d.str()
	}
	for _, cf := range m.classFeats {
		for _, f := range cf {
			if int(f) >= len(m.feats) {
				d.fail("features %d of %d", f, len(m.feats))
			}
		}
	}
	decodeLexicon(d, m)
	if nnets = int(d.u8()); nnets < 2 || nnets > 3 {
		d.fail("%d perceptrons", nnets)
	}
	if len(d.b) != 0 {
		d.fail("%d bytes after the lexicon", len(d.b))
	}
	if d.err != nil {
		return nil, 0, d.err
	}
	return m, nnets, nil
}

func decodeLexicon(d *decoder, m *Model) {
	nc, nf := len(m.classes), len(m.feats)
	lex := &m.lex
	lex.readings = make([]reading, d.count(8))
	for i := range lex.readings {
		r := reading{class: d.u16(), feats: d.u16(), lemma: d.str()}
		if int(r.class) >= nc || int(r.feats) >= nf {
			d.fail("reading %d: class %d, features %d", i, r.class, r.feats)
		}
		lex.readings[i] = r
	}
	lex.entries = make([]entry, d.count(14))
	for i := range lex.entries {
		e := entry{tag: int16(d.u16()), amb: d.u32(), first: d.u32(), last: d.u32()}
		if int(e.tag) >= nc || e.tag < -1 || e.first > e.last || int(e.last) > len(lex.readings) {
			d.fail("entry %d", i)
		}
		lex.entries[i] = e
	}
	for _, words := range []*map[string]uint32{&lex.exact, &lex.lower} {
		n := d.count(8)
		*words = make(map[string]uint32, n)
		for range n {
			k, v := d.str(), d.u32()
			if _, dup := (*words)[k]; dup || int(v) >= len(lex.entries) {
				d.fail("word %q", k)
			}
			(*words)[k] = v
		}
	}
	lex.link()
	lem := &m.lem
	lem.rules = make([]rule, d.count(5))
	for i := range lem.rules {
		lem.rules[i] = rule{strip: d.u8(), add: d.str()}
	}
	n := d.count(12)
	lem.suffixes = make(map[uint64]uint32, n)
	last := uint64(0)
	for i := range n {
		k, v := d.u64(), d.u32()
		if (i > 0 && k <= last) || int(v) >= len(lem.rules) {
			d.fail("suffix %d", i)
		}
		lem.suffixes[k], last = v, k
	}
	lem.keep = make([]bool, nc*nCaps)
	for i := range lem.keep {
		lem.keep[i] = d.u8() != 0
	}
}
