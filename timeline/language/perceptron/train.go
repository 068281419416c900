package perceptron

import (
	"math"
	"slices"
)

// weight is one class's weight of one feature, with what averaging needs:
// the running sum of the weight over every step, brought up to date at
// stamp.
type weight struct {
	class uint16
	w     int32
	total int64
	stamp int64
}

// Trainer learns an averaged perceptron. It is not safe for concurrent use.
type Trainer struct {
	classes int
	rows    map[uint32][]weight
	step    int64
}

// NewTrainer returns a Trainer of the given number of classes (at most
// 65,535).
func NewTrainer(classes int) *Trainer {
	if classes < 1 || classes > math.MaxUint16 {
		panic("perceptron: classes out of range")
	}
	return &Trainer{classes: classes, rows: make(map[uint32][]weight)}
}

// Classes returns the number of classes t tells apart.
func (t *Trainer) Classes() int { return t.classes }

// Score sets scores[c] to the sum of the current weights of feats for c.
func (t *Trainer) Score(feats []Feature, scores []int32) {
	scores = scores[:t.classes]
	clear(scores)
	for _, f := range feats {
		for _, w := range t.rows[f.key()] {
			scores[w.class] += w.w
		}
	}
}

// Update counts one example: when guess is not gold, the features of the
// example move towards gold and away from guess.
func (t *Trainer) Update(feats []Feature, gold, guess int) {
	t.step++
	if gold == guess {
		return
	}
	for _, f := range feats {
		k := f.key()
		row := t.rows[k]
		row = t.add(row, gold, 1)
		if guess >= 0 {
			row = t.add(row, guess, -1)
		}
		t.rows[k] = row
	}
}

// Tick counts one example that needs no update.
func (t *Trainer) Tick() { t.step++ }

func (t *Trainer) add(row []weight, class int, d int32) []weight {
	for i := range row {
		if int(row[i].class) == class {
			w := &row[i]
			w.total += int64(w.w) * (t.step - w.stamp)
			w.stamp = t.step
			w.w += d
			return row
		}
	}
	return append(row, weight{class: uint16(class), w: d, stamp: t.step})
}

// Compression says how a Trainer's weights are kept in its Model.
type Compression struct {
	// MinWeight drops averaged weights whose magnitude is below it (the
	// zero value keeps every non-zero weight).
	MinWeight float64
}

// Model averages the weights over every step, prunes and quantises them.
// The same training gives the same Model.
func (t *Trainer) Model(c Compression) *Model {
	keys := make([]uint32, 0, len(t.rows))
	for k := range t.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	avg := make([][]float64, len(keys))
	maxAbs := 0.0
	for i, k := range keys {
		row := t.rows[k]
		a := make([]float64, len(row))
		for j, w := range row {
			a[j] = float64(w.total+int64(w.w)*(t.step-w.stamp)) / float64(max(t.step, 1))
			maxAbs = max(maxAbs, math.Abs(a[j]))
		}
		avg[i] = a
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	var kept []uint32
	var rows [][]uint32
	for i, k := range keys {
		var r []uint32
		row := t.rows[k]
		order := make([]int, len(row))
		for j := range order {
			order[j] = j
		}
		slices.SortFunc(order, func(a, b int) int { return int(row[a].class) - int(row[b].class) })
		for _, j := range order {
			if math.Abs(avg[i][j]) < c.MinWeight {
				continue
			}
			q := int16(math.Round(avg[i][j] / scale))
			if q == 0 {
				continue
			}
			r = append(r, uint32(row[j].class)<<16|uint32(uint16(q)))
		}
		if len(r) > 0 {
			kept = append(kept, k)
			rows = append(rows, r)
		}
	}
	return build(t.classes, float32(scale), kept, rows)
}
