package svg

import "testing"

func TestAppendNum(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"},
		{3, "3"},
		{12.5, "12.5"},
		{12.50001, "12.5"},
		{3.14159, "3.14"},
		{-2.25, "-2.25"},
		{-0.001, "0"},
		{1199.999, "1200"},
		{0.1 + 0.2, "0.3"},
		{1e15, "0"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := string(appendNum(nil, tc.in)); got != tc.want {
				t.Errorf("appendNum(%v) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestAppendEscaped(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		inAttr bool
		want   string
	}{
		{"plain", "Putin meets Witkoff", false, "Putin meets Witkoff"},
		{"markup", `<script>alert("x")</script>`, false, `&lt;script&gt;alert("x")&lt;/script&gt;`},
		{"ampersand", "AT&T &amp;", false, "AT&amp;T &amp;amp;"},
		{"attr quotes", `a "b" 'c'`, true, "a &quot;b&quot; &#39;c&#39;"},
		{"attr newline", "line\nline\tx", true, "line&#10;line&#9;x"},
		{"text newline", "line\nline", false, "line\nline"},
		{"carriage return", "a\rb", false, "a&#13;b"},
		{"control", "a\x00b\x1bc", false, "a\uFFFDb\uFFFDc"},
		{"invalid utf8", "a\xffb", true, "a\uFFFDb"},
		{"noncharacter", "a\uFFFEb", false, "a\uFFFDb"},
		{"unicode", "Зеленський — 30‑day", false, "Зеленський — 30‑day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(appendEscaped(nil, tc.in, tc.inAttr)); got != tc.want {
				t.Errorf("appendEscaped(%q, %v) = %q, want %q", tc.in, tc.inAttr, got, tc.want)
			}
		})
	}
}
