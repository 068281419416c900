package tagger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"slices"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// ErrCorrupt is wrapped by every error about a tagger file that is not a
// whole, well-formed model (with perceptron.ErrCorrupt when the damage is
// in one of its perceptrons).
var ErrCorrupt = errors.New("corrupt tagger model")

const magic = "SLTG\x01"

// maxSection bounds a section's stated length, so that a damaged length
// cannot ask for more memory than a model could need.
const maxSection = 1 << 30

// The file is: magic, the lexicon section (length, bytes, CRC-32), then
// the perceptrons, each as length and bytes: tags, features, and the
// second pass of tags when the lexicon section counts three. They carry
// their own checksums. The lengths let Read take exactly its bytes from r.

// WriteTo writes m in its file format. The same model always gives the
// same bytes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var body bytes.Buffer
	m.encode(&encoder{b: &body})
	var out bytes.Buffer
	out.WriteString(magic)
	section(&out, body.Bytes())
	binary.Write(&out, binary.LittleEndian, crc32.ChecksumIEEE(body.Bytes()))
	for _, p := range m.nets() {
		var b bytes.Buffer
		p.WriteTo(&b) // a bytes.Buffer does not fail
		section(&out, b.Bytes())
	}
	return out.WriteTo(w)
}

// nets returns m's perceptrons in file order.
func (m *Model) nets() []*perceptron.Table {
	if m.tags2 == nil {
		return []*perceptron.Table{m.tags, m.morph}
	}
	return []*perceptron.Table{m.tags, m.morph, m.tags2}
}

func section(out *bytes.Buffer, b []byte) {
	binary.Write(out, binary.LittleEndian, uint64(len(b)))
	out.Write(b)
}

// Read reads a model written by WriteTo, checking every count, index and
// checksum, so that a truncated or damaged file is an error wrapping
// ErrCorrupt, never a panic or a wrong model.
func Read(r io.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: not a tagger model", ErrCorrupt)
	}
	body, err := readSection(r, "lexicon")
	if err != nil {
		return nil, err
	}
	var sum uint32
	if err := binary.Read(r, binary.LittleEndian, &sum); err != nil || sum != crc32.ChecksumIEEE(body) {
		return nil, fmt.Errorf("%w: lexicon checksum", ErrCorrupt)
	}
	m, nnets, err := decode(&decoder{b: body})
	if err != nil {
		return nil, err
	}
	nets := []struct {
		name    string
		dst     **perceptron.Table
		classes int
	}{{"tags", &m.tags, len(m.classes)}, {"features", &m.morph, len(m.feats)}, {"second tags", &m.tags2, len(m.classes)}}
	for _, p := range nets[:nnets] {
		// Each perceptron is read from the stream into its table: no copy
		// of its bytes, nor of its weights, is held on the way.
		var n uint64
		if err := binary.Read(r, binary.LittleEndian, &n); err != nil || n > maxSection {
			return nil, fmt.Errorf("%w: %s: length", ErrCorrupt, p.name)
		}
		part := &io.LimitedReader{R: r, N: int64(n)}
		pt, err := perceptron.ReadTable(part)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, p.name, err)
		}
		// Bytes after the perceptron's checksum belong to its section.
		if _, err := io.Copy(io.Discard, part); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, p.name, err)
		}
		if pt.Classes() != p.classes {
			return nil, fmt.Errorf("%w: %s: %d classes, want %d", ErrCorrupt, p.name, pt.Classes(), p.classes)
		}
		*p.dst = pt
	}
	m.finish()
	return m, nil
}

// readSection reads a length and that many bytes, growing its buffer only
// as the bytes come, so that a false length on a short file costs little.
func readSection(r io.Reader, name string) ([]byte, error) {
	var n uint64
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil || n > maxSection {
		return nil, fmt.Errorf("%w: %s: length", ErrCorrupt, name)
	}
	var buf bytes.Buffer
	if got, err := io.CopyN(&buf, r, int64(n)); err != nil || got != int64(n) {
		return nil, fmt.Errorf("%w: %s: %d of %d bytes", ErrCorrupt, name, got, n)
	}
	return buf.Bytes(), nil
}

// encoder writes the lexicon section: a pool of strings, then numbers
// and string ids.
type encoder struct {
	b    *bytes.Buffer
	pool map[string]uint32
}

func (e *encoder) u8(v uint8)   { e.b.WriteByte(v) }
func (e *encoder) u16(v uint16) { e.b.Write(binary.LittleEndian.AppendUint16(nil, v)) }
func (e *encoder) u32(v uint32) { e.b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
func (e *encoder) u64(v uint64) { e.b.Write(binary.LittleEndian.AppendUint64(nil, v)) }
func (e *encoder) str(s string) { e.u32(e.pool[s]) }

// strings returns every string of m in a fixed order.
func (m *Model) strings() []string {
	seen := map[string]bool{}
	for _, a := range m.classes {
		seen[a.UPOS], seen[a.XPOS] = true, true
	}
	for _, f := range m.feats {
		seen[f] = true
	}
	for k := range m.lex.exact {
		seen[k] = true
	}
	for k := range m.lex.lower {
		seen[k] = true
	}
	for _, r := range m.lex.readings {
		seen[r.lemma] = true
	}
	for _, r := range m.lem.rules {
		seen[r.add] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

func (m *Model) encode(e *encoder) {
	strs := m.strings()
	e.pool = make(map[string]uint32, len(strs))
	e.u32(uint32(len(strs)))
	for i, s := range strs {
		e.pool[s] = uint32(i)
		e.u32(uint32(len(s)))
		e.b.WriteString(s)
	}
	e.u32(uint32(len(m.classes)))
	for c, a := range m.classes {
		e.str(a.UPOS)
		e.str(a.XPOS)
		e.u8(b2u(m.nominal[c]))
		e.u32(uint32(len(m.classFeats[c])))
		for _, f := range m.classFeats[c] {
			e.u16(f)
		}
	}
	e.u32(uint32(len(m.feats)))
	for _, f := range m.feats {
		e.str(f)
	}
	e.u32(uint32(len(m.lex.readings)))
	for _, r := range m.lex.readings {
		e.u16(r.class)
		e.u16(r.feats)
		e.str(r.lemma)
	}
	e.u32(uint32(len(m.lex.entries)))
	for _, en := range m.lex.entries {
		e.u16(uint16(en.tag))
		e.u32(en.amb)
		e.u32(en.first)
		e.u32(en.last)
	}
	for _, words := range []map[string]uint32{m.lex.exact, m.lex.lower} {
		e.u32(uint32(len(words)))
		for _, k := range slices.Sorted(maps.Keys(words)) {
			e.str(k)
			e.u32(words[k])
		}
	}
	e.u32(uint32(len(m.lem.rules)))
	for _, r := range m.lem.rules {
		e.u8(r.strip)
		e.str(r.add)
	}
	e.u32(uint32(len(m.lem.suffixes)))
	for _, k := range slices.Sorted(maps.Keys(m.lem.suffixes)) {
		e.u64(k)
		e.u32(m.lem.suffixes[k])
	}
	for _, k := range m.lem.keep {
		e.u8(b2u(k))
	}
	e.u8(uint8(len(m.nets())))
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}
