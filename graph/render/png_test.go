package render

import (
	"image/color"
	"slices"
	"testing"
)

func TestParseColor(t *testing.T) {
	tests := []struct {
		in   string
		want color.Color
	}{
		{"#c62828", color.NRGBA{0xc6, 0x28, 0x28, 0xff}},
		{"#fffffe00", color.NRGBA{0xff, 0xff, 0xfe, 0x00}},
		{"black", color.Black},
		{"none", color.Transparent},
		{"#12", color.Black},
		{"#zzzzzz", color.Black},
		{"", color.Black},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseColor(tt.in); got != tt.want {
				t.Errorf("parseColor(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestBoundingBox(t *testing.T) {
	tests := []struct {
		in         string
		w, h       float64
		wantFailed bool
	}{
		{"0,0,168.89,147", 168.89, 147, false},
		{"0,0,0,0", 1, 1, false},
		{"0,0,1", 0, 0, true},
		{"a,b,c,d", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			w, h, err := boundingBox(tt.in)
			if (err != nil) != tt.wantFailed || w != tt.w || h != tt.h {
				t.Errorf("boundingBox(%q) = %v, %v, %v", tt.in, w, h, err)
			}
		})
	}
}

func TestStyle(t *testing.T) {
	tests := []struct {
		in        string
		width     float64
		wantDash  []float64
		startDash []float64
	}{
		{"dashed", 1, []float64{5, 2}, nil},
		{"dotted", 1, []float64{1, 5}, nil},
		{"solid", 1, nil, []float64{5, 2}},
		{"bold", 2, nil, nil},
		{"setlinewidth(3.5)", 3.5, nil, nil},
		{"setlinewidth(x)", 1, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := newCanvas(10, 10, 1)
			c.reset()
			c.dash = tt.startDash
			c.style(tt.in)
			if c.width != tt.width || !slices.Equal(c.dash, tt.wantDash) {
				t.Errorf("style %q: width %v dash %v", tt.in, c.width, c.dash)
			}
		})
	}
}

func TestDrawPNGBadLayout(t *testing.T) {
	for _, in := range []string{"", "{", `{"bb": "x"}`, `{"bb": "0,0,10,10", "objects": [{"_draw_": [{"op": "b", "points": [[1,2]]}, {"op": "e", "rect": [1]}, {"op": "T", "pt": [1]}]}]}`} {
		t.Run(in, func(t *testing.T) {
			out, err := drawPNG([]byte(in))
			if err == nil && len(out) == 0 {
				t.Errorf("no error and no PNG")
			}
		})
	}
}
