package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

// goldenView is a document as the golden file shows it: metadata and the
// kept sentences with their kinds.
type goldenView struct {
	timeline.Document
	Sentences []string `json:"sentences"`
}

func renderGolden(t *testing.T, docs []timeline.Document, diags []timeline.Diagnostic) []byte {
	t.Helper()
	out := struct {
		Documents   []goldenView          `json:"documents"`
		Diagnostics []timeline.Diagnostic `json:"diagnostics"`
	}{Diagnostics: diags}
	for _, d := range docs {
		out.Documents = append(out.Documents, goldenView{d, describe(d.Text, d.Sentences)})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func TestReadPathsGolden(t *testing.T) {
	docs, diags := ReadPaths([]string{"testdata/articles"}, nil, Options{})
	golden.Assert(t, "testdata/golden/articles.json", renderGolden(t, docs, diags))
}

func TestReadPathsFolderOrderAndSkips(t *testing.T) {
	docs, _ := ReadPaths([]string{"testdata/articles"}, nil, Options{})
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
		if strings.Contains(d.Path, "notes.csv") || strings.Contains(d.Path, ".hidden") {
			t.Errorf("read %s, which a folder walk skips", d.Path)
		}
	}
	if !slices.IsSorted(paths) {
		t.Errorf("documents not in sorted path order: %q", paths)
	}
}

func TestReadPathsPublishedFrom(t *testing.T) {
	dct := timeline.NewDate(2025, time.March, 20)
	tests := []struct {
		name, path string
		opt        Options
		want       string
		from       string
	}{
		{"metadata beats flag", "testdata/articles/oslo-talks.md", Options{DCT: dct}, "2025-03-04", timeline.FromMetadata},
		{"flag beats content", "testdata/articles/lisbon-wire.txt", Options{DCT: dct}, "2025-03-20", timeline.FromFlag},
		{"content without flag", "testdata/articles/lisbon-wire.txt", Options{}, "2025-03-11", timeline.FromContent},
		{"none", "testdata/articles/undated.txt", Options{}, "", timeline.FromNone},
		{"flag for undated", "testdata/articles/undated.txt", Options{DCT: dct}, "2025-03-20", timeline.FromFlag},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _ := ReadPaths([]string{tt.path}, nil, tt.opt)
			if len(docs) != 1 {
				t.Fatalf("got %d documents", len(docs))
			}
			if got := docs[0]; got.Published.String() != tt.want || got.PublishedFrom != tt.from {
				t.Errorf("published %s from %s, want %s from %s", got.Published, got.PublishedFrom, tt.want, tt.from)
			}
		})
	}
}

func TestReadPathsStdin(t *testing.T) {
	tests := []struct {
		name, in string
		id       string
		text     string
	}{
		{"text", "Ferries resumed on Sunday.\n", "stdin", "Ferries resumed on Sunday.\n"},
		{"front matter", "---\ntitle: Ferries\n---\nFerries resumed.", "stdin", "Ferries resumed."},
		{"json object", `{"maintext": "Ferries resumed.", "filename": "ferry.html"}`, "ferry", "Ferries resumed."},
		{"json array", ` [{"maintext": "Ferries resumed."}]`, "stdin-1", "Ferries resumed."},
		{"jsonl", "{\"maintext\": \"One.\"}\n{\"maintext\": \"Two.\"}\n", "stdin-1", "One."},
		{"html", "<!doctype html><html><body><p>Ferries resumed on Sunday.</p></body></html>", "stdin", "Ferries resumed on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := ReadPaths([]string{"-"}, strings.NewReader(tt.in), Options{DCT: timeline.NewDate(2025, 3, 16)})
			if len(diags) > 0 {
				t.Errorf("diagnostics: %v", diags)
			}
			if len(docs) == 0 || docs[0].ID != tt.id || docs[0].Text != tt.text {
				t.Fatalf("got %+v, want id %q text %q", docs, tt.id, tt.text)
			}
		})
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadPathsBadInput(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte("---\ndate: 2025-03-16\n---\nFerries resumed on Sunday.\n"))
	tests := []struct {
		name    string
		file    string // created in dir unless data is nil
		data    []byte
		opt     Options
		docs    int
		message string // a substring of the one diagnostic
		warning bool
		err     error
	}{
		{"empty file", "empty.txt", []byte{}, Options{}, 0, "empty input", false, ErrEmpty},
		{"white space only", "blank.md", []byte(" \n\t\n"), Options{}, 0, "empty input", false, ErrEmpty},
		{"NUL bytes", "image.txt", []byte("GIF89a\x00\x01\x02text"), Options{}, 0, "NUL byte at offset 6", false, ErrBinary},
		{"control bytes", "noise.txt", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x1b}, 100), Options{}, 0, "mostly control bytes", false, ErrBinary},
		{"utf-16", "wide.txt", []byte("\xff\xfeH\x00i\x00"), Options{}, 0, "UTF-16", false, ErrBinary},
		{"too large", "big.txt", bytes.Repeat([]byte("Words and more words. "), 10), Options{MaxBytes: 100}, 0,
			"larger than the limit of 100 bytes (raise it with --max-bytes)", false, ErrTooLarge},
		{"invalid utf-8 is repaired", "mixed.txt", []byte("Caf\xe9 owners met in Malm\xc3\xb6 on Monday.\n"), Options{DCT: timeline.NewDate(2025, 3, 1)}, 1,
			"invalid UTF-8 (1 bad sequences, the first at byte 3) replaced with U+FFFD", true, nil},
		{"latin-1 is read as such", "latin1.txt", []byte("Caf\xe9 owners met on Monday.\n"), Options{DCT: timeline.NewDate(2025, 3, 1)}, 1,
			"not UTF-8: read as windows-1252", true, nil},
		{"missing path", "missing.txt", nil, Options{}, 0, "cannot read: no such file or directory", false, nil},
		{"html with no text", "blank.html", []byte("<html><body><script>x()</script></body></html>"), Options{}, 0, "no article text found", false, ErrNoText},
		{"broken json", "bad.json", []byte(`{"maintext": `), Options{}, 0, "malformed JSON", false, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if tt.data != nil {
				path = writeFile(t, dir, tt.file, tt.data)
			}
			docs, diags := ReadPaths([]string{path, good}, nil, tt.opt)
			if len(docs) != tt.docs+1 || docs[len(docs)-1].Path != good {
				t.Errorf("got %d documents, want %d and the good file after the bad one", len(docs), tt.docs+1)
			}
			if len(diags) != 1 {
				t.Fatalf("diagnostics %v, want one", diags)
			}
			d := diags[0]
			if d.Path != path || !strings.Contains(d.Message, tt.message) || d.Warning != tt.warning {
				t.Errorf("diagnostic %+v, want path %s, warning %v, message containing %q", d, path, tt.warning, tt.message)
			}
			if tt.err != nil {
				if _, _, err := ReadFile(path, tt.opt); !errors.Is(err, tt.err) {
					t.Errorf("ReadFile error = %v, want %v", err, tt.err)
				}
			}
		})
	}
}

func TestRepairedTextHasReplacementCharacter(t *testing.T) {
	docs, _, err := Read("x.txt", []byte("Caf\xe9 owners met in Malm\xc3\xb6.\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Caf\uFFFD owners met in Malmö.\n"; docs[0].Text != want {
		t.Errorf("text %q, want %q", docs[0].Text, want)
	}
}

func TestReadExplicitUnknownExtensionAsText(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "story.article", []byte("Harbour Reopens\nThe harbour reopened on Monday.\n"))
	docs, _ := ReadPaths([]string{p}, nil, Options{})
	if len(docs) != 1 || docs[0].ID != "story" || docs[0].Title != "Harbour Reopens" {
		t.Errorf("got %+v, want document story titled from its heading", docs)
	}
}

func TestUniqueIDs(t *testing.T) {
	docs := []timeline.Document{{ID: "a"}, {ID: "b"}, {ID: "a"}, {ID: "a-2"}, {ID: "a"}, {ID: "b"}}
	uniqueIDs(docs)
	var got []string
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if want := []string{"a", "b", "a-3", "a-2", "a-4", "b-2"}; !slices.Equal(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
}

func TestReadPathsSameFileTwice(t *testing.T) {
	p := "testdata/articles/undated.txt"
	docs, _ := ReadPaths([]string{p, p}, nil, Options{})
	if len(docs) != 2 || docs[0].ID != "undated" || docs[1].ID != "undated-2" {
		t.Errorf("ids %q %q, want undated and undated-2", docs[0].ID, docs[1].ID)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, in string
		want     format
	}{
		{"object", `{"a": 1}`, formatJSON},
		{"pretty object", "{\n  \"a\": 1\n}\n", formatJSON},
		{"array", "\n [1]", formatJSON},
		{"jsonl", "{\"a\": 1}\n{\"a\": 2}\n", formatJSONL},
		{"doctype", "<!DOCTYPE html><p>x", formatHTML},
		{"html tag", "  <HTML><body>x", formatHTML},
		{"text", "Plain words.", formatText},
		{"text starting with a bracket tag", "<b>bold</b> words", formatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff([]byte(tt.in)); got != tt.want {
				t.Errorf("sniff = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestReadPathsRecursive(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"b", "a/deeper", ".git"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	text := []byte("---\ndate: 2025-03-01\n---\nThe talks resumed.\n")
	for _, name := range []string{"b/two.txt", "a/deeper/one.md", "a/skip.pdf", ".git/config.txt", "z.TXT"} {
		writeFile(t, dir, name, text)
	}
	docs, diags := ReadPaths([]string{dir}, nil, Options{})
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"one", "two", "z"}; !slices.Equal(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

func TestReadWarnsWhenNothingIsKept(t *testing.T) {
	docs, diags, err := Read("chrome.txt", []byte("LEAVE A REPLY\nPlease enter your comment!\n"), Options{DCT: timeline.NewDate(2025, 3, 1)})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Read: %d documents, %v", len(docs), err)
	}
	if len(diags) != 1 || !diags[0].Warning || !strings.Contains(diags[0].Message, "2 lines dropped") {
		t.Errorf("diagnostics %+v, want one warning that nothing was kept", diags)
	}
}

func TestReadBadMetadataDate(t *testing.T) {
	tests := []struct {
		name, date string
		message    string
	}{
		{"not a date", "soon", `publication date "soon" in the metadata ignored: not a date`},
		{"no year", "March 13", `publication date "March 13" in the metadata ignored: no year`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "---\ndate: " + tt.date + "\n---\nThe talks began.\n"
			docs, diags, err := Read("a.md", []byte(in), Options{DCT: timeline.NewDate(2025, 3, 14)})
			if err != nil {
				t.Fatal(err)
			}
			if docs[0].PublishedFrom != timeline.FromFlag {
				t.Errorf("published_from %s, want flag", docs[0].PublishedFrom)
			}
			if len(diags) != 1 || diags[0].Message != tt.message || !diags[0].Warning {
				t.Errorf("diagnostics %+v, want warning %q", diags, tt.message)
			}
		})
	}
}
