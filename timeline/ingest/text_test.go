package ingest

import (
	"maps"
	"testing"
)

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     fields
		body     string // the text after the front matter
	}{
		{"none", "Just text.\n", nil, "Just text.\n"},
		{"basic", "---\ntitle: Talks End\ndate: 2025-03-04\n---\nBody.\n",
			fields{"title": "Talks End", "date": "2025-03-04"}, "Body.\n"},
		{"quoted values and colons", "---\ntitle: \"Envoys: \\\"Close\\\"\"\nurl: 'https://x.example/a?b=c'\n---\nBody.",
			fields{"title": `Envoys: "Close"`, "url": "https://x.example/a?b=c"}, "Body."},
		{"crlf and dots fence", "---\r\nTitle: Talks\r\n...\r\nBody.",
			fields{"title": "Talks"}, "Body."},
		{"lists comments and nesting skipped", "---\n# note\ntags:\n  - a\n  - b\nsource: wire # agency\n---\nBody.",
			fields{"tags": "", "source": "wire"}, "Body."},
		{"first key wins", "---\ntitle: One\ntitle: Two\n---\n",
			fields{"title": "One"}, ""},
		{"unclosed is text", "---\ntitle: Talks\nBody without a fence.", nil, "---\ntitle: Talks\nBody without a fence."},
		{"a rule with no keys is text", "---\nSome words.\n---\nMore.", nil, "---\nSome words.\n---\nMore."},
		{"empty fence is text", "---\n---\nBody.", nil, "---\n---\nBody."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, body := frontMatter(tt.in)
			if !maps.Equal(got, tt.want) {
				t.Errorf("fields = %q, want %q", got, tt.want)
			}
			if tt.in[body:] != tt.body {
				t.Errorf("body = %q, want %q", tt.in[body:], tt.body)
			}
		})
	}
}

func TestReadText(t *testing.T) {
	in := "---\ntitle: Harbour Reopens\npublished: March 3, 2025\nlink: https://port.example/reopen\npublisher: Port News\n---\nThe harbour reopened on Monday.\n"
	a := readText("news/harbour.md", []byte(in))
	want := article{ID: "harbour", Path: "news/harbour.md", Title: "Harbour Reopens", Date: "March 3, 2025",
		URL: "https://port.example/reopen", Source: "Port News", Text: "The harbour reopened on Monday.\n"}
	if a != want {
		t.Errorf("readText =\n %+v\nwant\n %+v", a, want)
	}
}
