package report

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestFormatRange(t *testing.T) {
	d := timeline.NewDate
	tests := []struct {
		a, b timeline.Date
		want string
	}{
		{d(2025, 3, 10), d(2025, 3, 10), "10 Mar 2025"},
		{d(2025, 3, 10), d(2025, 3, 16), "10–16 Mar 2025"},
		{d(2025, 2, 28), d(2025, 3, 2), "28 Feb – 2 Mar 2025"},
		{d(2025, 3, 1), d(2025, 3, 31), "March 2025"},
		{d(2014, 1, 1), d(2014, 12, 31), "2014"},
		{d(2010, 1, 1), d(2019, 12, 31), "2010–2019"},
		{d(2024, 12, 30), d(2025, 1, 5), "30 Dec 2024 – 5 Jan 2025"},
		{timeline.Date{}, timeline.Date{}, "unknown"},
	}
	for _, tc := range tests {
		if got := formatRange(tc.a, tc.b); got != tc.want {
			t.Errorf("formatRange(%v, %v) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct {
		doc  timeline.Document
		want string
	}{
		{timeline.Document{ID: "x", Source: "The Ledger", URL: "https://a.example.com/"}, "The Ledger"},
		{timeline.Document{ID: "x", Source: "www.meridian.example.com"}, "meridian.example.com"},
		{timeline.Document{ID: "x", URL: "https://www.wire.example.org/b"}, "wire.example.org"},
		{timeline.Document{ID: "x", URL: "not a url"}, ""},
	}
	for _, tc := range tests {
		if got := outlet(&tc.doc); got != tc.want {
			t.Errorf("outlet(%+v) = %q, want %q", tc.doc, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
		{" http://example.com ", "http://example.com"},
		{"javascript:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"//example.com/a", ""},
		{"/relative", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := safeURL(tc.in); got != tc.want {
			t.Errorf("safeURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a\n\tb  ", "a b"},
		{"a\x00b\x1bc", "abc"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := oneLine(tc.in); got != tc.want {
			t.Errorf("oneLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
