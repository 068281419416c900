package perceptron

// Feature is a hashed feature: a template id mixed with its values by
// 64-bit FNV-1a.
type Feature uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Template starts a feature of template id.
func Template(id int) Feature {
	return Feature(fnvOffset).Int(id)
}

// Str mixes s into f.
func (f Feature) Str(s string) Feature {
	h := uint64(f)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	// A separator, so that ("ab","c") and ("a","bc") differ.
	h ^= 0xff
	h *= fnvPrime
	return Feature(h)
}

// Byte mixes b into f.
func (f Feature) Byte(b byte) Feature {
	h := uint64(f) ^ uint64(b)
	return Feature(h * fnvPrime)
}

// Int mixes v into f.
func (f Feature) Int(v int) Feature {
	h := uint64(f)
	u := uint64(v)
	for range 4 {
		h ^= u & 0xffff
		h *= fnvPrime
		u >>= 16
	}
	return Feature(h)
}

// key is the 32-bit key a Model stores for f; 0 marks an empty slot.
func (f Feature) key() uint32 {
	k := uint32(f>>32) ^ uint32(f)
	if k == 0 {
		k = 1
	}
	return k
}

// Bytes mixes b into f, as Str does for the same text.
func (f Feature) Bytes(b []byte) Feature {
	h := uint64(f)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return Feature(h)
}
