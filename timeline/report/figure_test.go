package report

import (
	"strings"
	"testing"
)

func TestInlineSVG(t *testing.T) {
	got, err := inlineSVG([]byte(testFigure), "timeline")
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	if !strings.HasPrefix(s, "<svg ") || !strings.HasSuffix(s, "</svg>") {
		t.Errorf("prolog or trailing space kept: %.60q … %q", s, s[max(0, len(s)-10):])
	}
	for _, bad := range []string{"<?xml", "<!DOCTYPE", "<!--"} {
		if strings.Contains(s, bad) {
			t.Errorf("kept %q", bad)
		}
	}
	if !strings.Contains(s, "#timeline text{fill:#1F2328}\n#timeline .mk,#timeline .lbl{fill:currentColor}") {
		t.Errorf("style not scoped:\n%s", s)
	}
}

func TestScopeCSS(t *testing.T) {
	tests := []struct{ name, css, want string }{
		{"one rule", "text{fill:red}", "#f text{fill:red}"},
		{"selector list", "a:hover .lbl, a:focus .lbl{x:y}", "#f a:hover .lbl,#f a:focus .lbl{x:y}"},
		{"leading space kept", "\n.bg{fill:#fff}\n", "\n#f .bg{fill:#fff}\n"},
		{"media block", "@media print{.a{b:c}.d{e:f}}", "@media print{#f .a{b:c}#f .d{e:f}}"},
		{"other at-rule kept", "@font-face{font-family:x}.a{b:c}", "@font-face{font-family:x}#f .a{b:c}"},
		{"unclosed rule left as is", ".a{b:c", ".a{b:c"},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := scopeCSS(tc.css, "#f"); got != tc.want {
				t.Errorf("scopeCSS(%q) = %q, want %q", tc.css, got, tc.want)
			}
		})
	}
}

func TestStripComments(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a<!-- x -->b<!--y-->c", "abc"},
		{"a<!-- open", "a"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if got := stripComments(tc.in); got != tc.want {
			t.Errorf("stripComments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
