package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/storyline/storyline/timeline"
)

// jsonlRecords makes n records of about size bytes each, every one with
// its own file name.
func jsonlRecords(t testing.TB, n, size int) []byte {
	t.Helper()
	var buf bytes.Buffer
	body := strings.Repeat("The envoys met in Geneva on Monday. ", size/36+1)
	for i := range n {
		line, err := json.Marshal(record{
			Title: fmt.Sprintf("Story %d", i), Maintext: body, DatePublish: "2025-03-10",
			Filename: fmt.Sprintf("story-%04d.html", i),
		})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func TestReadJSONLLimitIsPerRecord(t *testing.T) {
	data := jsonlRecords(t, 40, 1000)
	longLine := bytes.Count(data[:bytes.Index(data, []byte("story-0007"))], []byte("\n")) + 1
	withLong := bytes.Replace(data, []byte("story-0007.html\"}"),
		[]byte("story-0007.html\", \"text\": \""+strings.Repeat("x", 3000)+"\"}"), 1)
	const limit = 2000
	tests := []struct {
		name  string
		data  []byte
		docs  int
		diags []string // "line: message"
	}{
		{"file over the limit, records under it", data, 40, nil},
		{"one record over the limit", withLong, 39,
			[]string{fmt.Sprintf("%d: input too large: record larger than the limit of %d bytes (raise it with --max-bytes)", longLine, limit)}},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		if len(tt.data) <= 10*limit {
			t.Fatalf("%s: input of %d bytes is not well over the limit", tt.name, len(tt.data))
		}
		path := writeFile(t, dir, strings.ReplaceAll(tt.name, " ", "-")+".jsonl", tt.data)
		reads := []struct {
			how  string
			read func() ([]timeline.Document, []timeline.Diagnostic)
		}{
			{"ReadPaths", func() ([]timeline.Document, []timeline.Diagnostic) {
				return ReadPaths([]string{path}, nil, Options{MaxBytes: limit})
			}},
			{"stdin", func() ([]timeline.Document, []timeline.Diagnostic) {
				// One byte a read: the format is still told, the lines still joined.
				docs, diags := ReadPaths([]string{StdinName}, iotest.OneByteReader(bytes.NewReader(tt.data)), Options{MaxBytes: limit})
				for i := range diags {
					diags[i].Path = path
				}
				return docs, diags
			}},
			{"Read", func() ([]timeline.Document, []timeline.Diagnostic) {
				docs, diags, err := Read(path, tt.data, Options{MaxBytes: limit})
				if err != nil {
					t.Fatal(err)
				}
				return docs, diags
			}},
		}
		for _, r := range reads {
			t.Run(tt.name+"/"+r.how, func(t *testing.T) {
				docs, diags := r.read()
				var got []string
				for _, d := range diags {
					if d.Path != path || d.Warning {
						t.Errorf("diagnostic %+v, want an error on %s", d, path)
					}
					got = append(got, fmt.Sprintf("%d: %s", d.Line, d.Message))
				}
				if !slices.Equal(got, tt.diags) {
					t.Errorf("diagnostics %q, want %q", got, tt.diags)
				}
				if len(docs) != tt.docs {
					t.Fatalf("%d documents, want %d", len(docs), tt.docs)
				}
				for _, d := range docs {
					if len(d.Sentences) == 0 || d.Published.IsZero() || !strings.HasPrefix(d.ID, "story-") {
						t.Fatalf("document %s read incompletely: %d sentences, published %s", d.ID, len(d.Sentences), d.Published)
					}
				}
			})
		}
	}
}

func TestReadStdinOverLimit(t *testing.T) {
	tests := []struct {
		name, in string
		docs     int
		message  string
	}{
		{"text", strings.Repeat("Words and more words. ", 10), 0, "input too large: larger than the limit of 100 bytes"},
		{"json object", `{"maintext": "` + strings.Repeat("Words. ", 20) + `"}`, 0, "input too large: larger than the limit of 100 bytes"},
		{"first jsonl record too long to tell", `{"maintext": "` + strings.Repeat("Words. ", 20) + "\"}\n{\"maintext\": \"One.\"}\n", 0,
			"input too large: larger than the limit of 100 bytes"},
		{"jsonl", strings.Repeat("{\"maintext\": \"Ferries resumed on Sunday.\"}\n", 10), 10, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := ReadPaths([]string{StdinName}, strings.NewReader(tt.in), Options{MaxBytes: 100, DCT: timeline.NewDate(2025, 3, 16)})
			if len(docs) != tt.docs {
				t.Errorf("%d documents, want %d", len(docs), tt.docs)
			}
			var msgs []string
			for _, d := range diags {
				msgs = append(msgs, d.Message)
			}
			if (tt.message == "") != (len(diags) == 0) || (tt.message != "" && (len(diags) != 1 || !strings.Contains(msgs[0], tt.message))) {
				t.Errorf("diagnostics %q, want one containing %q", msgs, tt.message)
			}
		})
	}
}

func TestSniffStreamAgreesWithSniff(t *testing.T) {
	for _, in := range []string{
		"{\"a\": 1}\n{\"a\": 2}\n", "\n\n  {\"a\": 1}\r\n\r\n {\"a\": 2}", "{\"a\": 1}\n", "{\"a\": 1}", "{\n\"a\": 1}\n",
		"{\"a\": 1}\n[1]\n", "\xef\xbb\xbf{\"a\": 1}\n{}", "{}\n\f{}", "\f\n{}\n{}", "{\"a\": 1} \n\t{", "x", "",
		strings.Repeat(" ", 1100) + "{}\n{}",
	} {
		t.Run(fmt.Sprintf("%q", in), func(t *testing.T) {
			want := sniff(bytes.TrimPrefix([]byte(in), byteOrderMark)) == formatJSONL
			prefix, got, err := sniffStream(bufio.NewReader(strings.NewReader(in)), 1<<20)
			if err != nil || got != want {
				t.Errorf("sniffStream = %v, %v; sniff says JSONL: %v", got, err, want)
			}
			if !strings.HasPrefix(in, string(prefix)) {
				t.Errorf("prefix %q is not the start of the input", prefix)
			}
		})
	}
}

type failingReader struct{ after io.Reader }

func (r failingReader) Read(p []byte) (int, error) {
	n, err := r.after.Read(p)
	if err == io.EOF {
		return n, errors.New("device gone")
	}
	return n, err
}

func TestReadStdinReadError(t *testing.T) {
	in := failingReader{strings.NewReader("{\"maintext\": \"One.\"}\n{\"maintext\": \"Two.\"}\n")}
	docs, diags := ReadPaths([]string{StdinName}, in, Options{})
	if len(docs) != 0 || len(diags) != 1 || !strings.Contains(diags[0].Message, "cannot read: device gone") {
		t.Errorf("got %d documents, diagnostics %+v; want only the read error", len(docs), diags)
	}
}

// TestReadPathsDeterministic reads many files and records with one worker
// and with several: the output must be the same.
func TestReadPathsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var bad bytes.Buffer
	for i := range 300 {
		switch i % 7 {
		case 3:
			bad.WriteString("{\"maintext\": \"\"}\n")
		case 5:
			bad.WriteString("{broken\n\n")
		default:
			fmt.Fprintf(&bad, "{\"maintext\": \"Record %d was filed on Monday.\", \"date_publish\": \"soon\"}\n", i)
		}
	}
	writeFile(t, dir, "a-mixed.jsonl", bad.Bytes())
	writeFile(t, dir, "b-big.jsonl", jsonlRecords(t, 200, 400))
	for i := range 20 {
		writeFile(t, dir, fmt.Sprintf("c-%02d.txt", i), []byte(fmt.Sprintf("Note %d\nThe ferry ran on Sunday.\n", i)))
	}
	writeFile(t, dir, "d-empty.jsonl", []byte("\n"))
	read := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		docs, diags := ReadPaths([]string{dir, "testdata/articles"}, nil, Options{})
		return renderGolden(t, docs, diags)
	}
	want := read(1)
	if n := bytes.Count(want, []byte(`"id"`)); n < 400 {
		t.Fatalf("only %d documents read", n)
	}
	for _, procs := range []int{2, 4, 8} {
		if got := read(procs); !bytes.Equal(got, want) {
			t.Errorf("output with %d workers differs from the output with one", procs)
		}
	}
}

func TestReadInputsMatchesRead(t *testing.T) {
	names := []string{"briefs.json", "records.jsonl", "oslo-talks.md", "geneva.html", "undated.txt", "records.jsonl"}
	var inputs []Input
	var want []timeline.Document
	var wantDiags []timeline.Diagnostic
	for _, n := range append(names, "empty.txt") {
		data, _ := os.ReadFile(filepath.Join("testdata/articles", n))
		inputs = append(inputs, Input{Name: n, Data: data})
		docs, diags, err := Read(n, data, Options{})
		want = append(want, docs...)
		wantDiags = append(wantDiags, diags...)
		if err != nil {
			wantDiags = append(wantDiags, diagnosticOf(err))
		}
	}
	uniqueIDs(want)
	docs, diags := ReadInputs(inputs, Options{})
	if got, w := renderGolden(t, docs, diags), renderGolden(t, want, wantDiags); !bytes.Equal(got, w) {
		t.Errorf("ReadInputs differs from Read input by input:\n%s\nwant\n%s", got, w)
	}
	if !strings.Contains(string(renderGolden(t, docs, diags)), `"port-deal-3"`) || diags[len(diags)-1].Path != "empty.txt" {
		t.Errorf("repeated records not renamed, or the empty input not reported last")
	}
}

func TestReadNilJSONL(t *testing.T) {
	if _, _, err := Read("x.jsonl", nil, Options{}); !errors.Is(err, ErrEmpty) {
		t.Errorf("Read(nil) error = %v, want ErrEmpty", err)
	}
	docs, diags := ReadInputs([]Input{{Name: "a.jsonl"}, {Name: "b.ndjson", Data: []byte{}}}, Options{})
	if len(docs) != 0 || len(diags) != 2 || diags[1].Path != "b.ndjson" || diags[1].Message != "empty input" {
		t.Errorf("got %d documents, diagnostics %+v; want two empty inputs", len(docs), diags)
	}
}
