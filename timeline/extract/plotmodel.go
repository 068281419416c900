package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// PlotModel is the plot-link classifier: two logistic regressions over the
// hashed features of a pair of event words (plotfeatures.go). Link scores
// whether the two are joined in the story's plot (one leads to the other);
// Dir whether the first in the text is the cause or the earlier. The
// training program (plottrain) writes it; the extractor embeds it.
type PlotModel struct {
	// Threshold is the least probability of a link that is emitted.
	Threshold float64
	Link, Dir map[uint32]float32
}

// plotModelHeader opens a model file; a file of another format is refused.
const plotModelHeader = "storyline plot links v1"

// prob returns the logistic of the summed weights of feats in w.
func prob(w map[uint32]float32, feats []perceptron.Feature) float64 {
	var z float32
	for _, f := range feats {
		z += w[f.Key()]
	}
	return 1 / (1 + math.Exp(-float64(z)))
}

// WriteTo writes m as text: a header, the threshold, then one weight a
// line, model by model in key order, so the same model gives the same
// bytes.
func (m *PlotModel) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\nthreshold %.3f\n", plotModelHeader, m.Threshold)
	for _, part := range []struct {
		name string
		w    map[uint32]float32
	}{{"link", m.Link}, {"dir", m.Dir}} {
		keys := make([]uint32, 0, len(part.w))
		for k := range part.w {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "%s %08x %s\n", part.name, k, strconv.FormatFloat(float64(part.w[k]), 'g', 4, 32))
		}
	}
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

// ReadPlotModel reads a model written by WriteTo; name is the input's name
// for errors.
func ReadPlotModel(r io.Reader, name string) (*PlotModel, error) {
	m := &PlotModel{Link: map[uint32]float32{}, Dir: map[uint32]float32{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case line == 1:
			if sc.Text() != plotModelHeader {
				return nil, fmt.Errorf("%s: not a plot-link model (header %q)", name, sc.Text())
			}
		case len(f) == 2 && f[0] == "threshold":
			t, err := strconv.ParseFloat(f[1], 64)
			if err != nil || t < 0 || t > 1 {
				return nil, fmt.Errorf("%s:%d: bad threshold %q", name, line, f[1])
			}
			m.Threshold = t
		case len(f) == 3 && (f[0] == "link" || f[0] == "dir"):
			k, err := strconv.ParseUint(f[1], 16, 32)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad key: %w", name, line, err)
			}
			v, err := strconv.ParseFloat(f[2], 32)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s:%d: bad weight %q", name, line, f[2])
			}
			if f[0] == "link" {
				m.Link[uint32(k)] = float32(v)
			} else {
				m.Dir[uint32(k)] = float32(v)
			}
		default:
			return nil, fmt.Errorf("%s:%d: unreadable line %q", name, line, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty plot-link model", name)
	}
	return m, nil
}

//go:embed plotlinks.model
var plotModelText string

var (
	plotModelOnce sync.Once
	plotModelVal  *PlotModel
)

// plotModel returns the embedded model, read once; nil when it is
// missing or damaged (then no learned link is made: the explicit ones
// stay).
func plotModel() *PlotModel {
	plotModelOnce.Do(func() {
		if m, err := ReadPlotModel(strings.NewReader(plotModelText), "plotlinks.model"); err == nil {
			plotModelVal = m
		}
	})
	return plotModelVal
}
