package perceptron

// Key returns the 32-bit key under which a Model stores f, for callers
// that lay out a model's weights their own way.
func (f Feature) Key() uint32 { return f.key() }

// EachWeight calls fn for every weight of m, feature by feature in table
// order and class by class, with the feature's key and the quantised
// weight (worth w times Scale()).
func (m *Model) EachWeight(fn func(key uint32, class int, w int16)) {
	for _, s := range m.table {
		if s.key == 0 {
			continue
		}
		for _, e := range m.entries[s.start:s.end] {
			fn(s.key, int(e>>16), int16(uint16(e)))
		}
	}
}
