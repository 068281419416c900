package perceptron

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// wideModel has features with one to five weights, so that a table keeps
// some beside their key, some apart and some as a row of every class, and
// enough of them that reading it grows a table first sized for a few.
func wideModel(t *testing.T) *Model {
	t.Helper()
	const classes = 5
	var keys []uint32
	var rows [][]uint32
	for k := uint32(1); k <= 3000; k++ {
		var row []uint32
		for c := range k%classes + 1 {
			row = append(row, c<<16|uint32(uint16(int16(k%200)-100+int16(c)+1)))
		}
		keys, rows = append(keys, k*7919), append(rows, row)
	}
	return FromRows(classes, 0.5, keys, rows)
}

// ReadTable gives the table NewTable lays out of the Model Read gives:
// the same scores for every feature, and the same file written back, also
// when the table must grow as the features come.
func TestReadTable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		m     *Model
		first uint32
	}{{"toy", trainToy(t), 1 << 20}, {"wide", wideModel(t), 1 << 20}, {"grown", wideModel(t), 10}} {
		t.Run(tc.name, func(t *testing.T) {
			defer func(n uint32) { firstFeatures = n }(firstFeatures)
			firstFeatures = tc.first
			var file bytes.Buffer
			tc.m.WriteTo(&file)
			got, err := ReadTable(bytes.NewReader(file.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			want := NewTable(tc.m)
			if got.Classes() != want.Classes() || got.Features() != want.Features() || got.Scale() != want.Scale() {
				t.Fatalf("read %d classes, %d features, scale %v; want %d, %d, %v",
					got.Classes(), got.Features(), got.Scale(), want.Classes(), want.Features(), want.Scale())
			}
			a, b, c := make([]int32, got.Classes()), make([]int32, got.Classes()), make([]int32, got.Classes())
			tc.m.EachWeight(func(key uint32, _ int, _ int16) {
				f := []Feature{Feature(key), Feature(uint64(key) << 32)} // a present and an absent feature
				got.Score(f, a)
				want.Score(f, b)
				tc.m.Score(f, c)
				if !slices.Equal(a, b) || !slices.Equal(a, c) {
					t.Fatalf("key %d scores %v, laid out from the model %v, the model's %v", key, a, b, c)
				}
			})
			var again bytes.Buffer
			got.WriteTo(&again)
			if !bytes.Equal(again.Bytes(), file.Bytes()) {
				t.Errorf("the table read writes other bytes")
			}
		})
	}
}

func TestReadTableCorrupt(t *testing.T) {
	var buf bytes.Buffer
	trainToy(t).WriteTo(&buf)
	good := buf.Bytes()
	for n := range len(good) {
		if _, err := ReadTable(bytes.NewReader(good[:n])); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: error %v, want ErrCorrupt", n, err)
		}
	}
	for i := range good {
		bad := bytes.Clone(good)
		bad[i] ^= 0x40
		if _, err := ReadTable(bytes.NewReader(bad)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d flipped: error %v, want ErrCorrupt", i, err)
		}
	}
}

// A row of most classes is kept whole, unless it would not come back the
// same: out of class order, or with a weight of 0.
func TestIsDense(t *testing.T) {
	w := func(c uint32, x int16) uint32 { return c<<16 | uint32(uint16(x)) }
	for _, tc := range []struct {
		name    string
		row     []uint32
		classes int
		want    bool
	}{
		{"three weights stay in the slot", []uint32{w(0, 1), w(1, 2), w(2, 3)}, 3, false},
		{"four of eight classes", []uint32{w(0, 1), w(2, -2), w(5, 3), w(7, 4)}, 8, true},
		{"four of nine classes", []uint32{w(0, 1), w(2, -2), w(5, 3), w(7, 4)}, 9, false},
		{"out of class order", []uint32{w(0, 1), w(5, -2), w(2, 3), w(7, 4)}, 8, false},
		{"a class twice", []uint32{w(0, 1), w(2, -2), w(2, 3), w(7, 4)}, 8, false},
		{"a zero weight", []uint32{w(0, 1), w(2, 0), w(5, 3), w(7, 4)}, 8, false},
	} {
		if got := isDense(tc.row, tc.classes); got != tc.want {
			t.Errorf("%s: isDense = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Add sums the weights of any number of features, present, absent or
// repeated, as the Model does, also past the features looked up at once.
func TestTableAddMany(t *testing.T) {
	m := wideModel(t)
	tab := NewTable(m)
	for _, n := range []int{0, 1, 3, maxBatch - 1, maxBatch, maxBatch + 1, 3*maxBatch + 5} {
		var feats []Feature
		for i := range n {
			k := uint32(i%3000+1) * 7919 // present
			if i%4 == 3 {
				k = uint32(i) * 7 // mostly absent
			}
			feats = append(feats, Feature(k))
		}
		got, want := make([]int32, tab.Classes()), make([]int32, tab.Classes())
		for c := range got {
			got[c], want[c] = int32(c), int32(c) // Add adds to what is there
		}
		tab.Add(feats, got)
		scores := make([]int32, tab.Classes())
		m.Score(feats, scores)
		for c := range want {
			want[c] = int32(c) + scores[c]
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d features: Add gives %v, want %v", n, got, want)
		}
	}
}
