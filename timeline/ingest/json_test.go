package ingest

import (
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		paths    []string
		diags    []string // "line: message"
		err      error
	}{
		{"object", `{"title": "T", "maintext": "Body.", "date_publish": "2025-03-01", "filename": "a1.html"}`,
			[]string{"a1"}, []string{"in.json"}, nil, nil},
		{"object without filename", `{"maintext": "Body."}`,
			[]string{"in"}, []string{"in.json"}, nil, nil},
		{"array numbers records", `[{"maintext": "One."}, {"maintext": "Two.", "filename": "two.txt"}, {"maintext": "Three."}]`,
			[]string{"in-1", "two", "in-3"}, []string{"in.json#1", "in.json#2", "in.json#3"}, nil, nil},
		{"array keeps good records", `[{"maintext": "One."}, {"maintext": ""}, {"maintext": 5}, {"maintext": "Four."}]`,
			[]string{"in-1", "in-4"}, []string{"in.json#1", "in.json#4"},
			[]string{"0: record 2: no article text found: maintext is empty", "0: record 3: malformed JSON: field \"maintext\": json: cannot unmarshal number into Go struct field record.maintext of type string"}, nil},
		{"text field when no maintext", `{"text": "Body."}`, []string{"in"}, []string{"in.json"}, nil, nil},
		{"object with empty maintext", `{"title": "T", "maintext": " "}`, nil, nil, nil, ErrNoText},
		{"syntax error", `[{"maintext": "One."},`, nil, nil, nil, ErrSyntax},
		{"not an object", `"just a string"`, nil, nil, nil, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, diags, err := readJSON("in.json", []byte(tt.in))
			checkRead(t, arts, diags, err, tt.ids, tt.paths, tt.diags, tt.err)
		})
	}
}

func TestReadJSONL(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		paths    []string
		diags    []string
		err      error
	}{
		{"records", "{\"maintext\": \"One.\", \"filename\": \"one.html\"}\n{\"maintext\": \"Two.\"}\n",
			[]string{"one", "in-2"}, []string{"in.jsonl#1", "in.jsonl#2"}, nil, nil},
		{"malformed line keeps the others", "{\"maintext\": \"One.\"}\n{\"maintext\": \"Two\n{\"maintext\": \"Three.\"}",
			[]string{"in-1", "in-3"}, []string{"in.jsonl#1", "in.jsonl#3"},
			[]string{"2: malformed JSON at byte 17: unexpected end of JSON input"}, nil},
		{"blank lines and crlf", "\r\n{\"maintext\": \"One.\"}\r\n\r\n{\"maintext\": \"\"}\r\n",
			[]string{"in-1"}, []string{"in.jsonl#1"}, []string{"4: no article text found: maintext is empty"}, nil},
		{"only blank lines", "\n\n", nil, nil, nil, ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, diags, err := readJSONL("in.jsonl", []byte(tt.in))
			checkRead(t, arts, diags, err, tt.ids, tt.paths, tt.diags, tt.err)
		})
	}
}

func checkRead(t *testing.T, arts []article, diags []timeline.Diagnostic, err error, ids, paths, wantDiags []string, wantErr error) {
	t.Helper()
	if !errors.Is(err, wantErr) || (err != nil) != (wantErr != nil) {
		t.Fatalf("error = %v, want %v", err, wantErr)
	}
	var gotIDs, gotPaths, gotDiags []string
	for _, a := range arts {
		gotIDs = append(gotIDs, a.ID)
		gotPaths = append(gotPaths, a.Path)
	}
	for _, d := range diags {
		gotDiags = append(gotDiags, strconv.Itoa(d.Line)+": "+d.Message)
	}
	if !slices.Equal(gotIDs, ids) || !slices.Equal(gotPaths, paths) {
		t.Errorf("ids %q paths %q, want %q %q", gotIDs, gotPaths, ids, paths)
	}
	if !slices.Equal(gotDiags, wantDiags) {
		t.Errorf("diagnostics %q, want %q", gotDiags, wantDiags)
	}
}

func TestRecordMetadata(t *testing.T) {
	in := `{"title": "Port Deal", "maintext": "Signed.", "date_publish": "2025-03-10 00:00:00", "url": "https://w.example/p", "source_domain": "w.example", "filename": "p.html"}`
	arts, _, err := readJSON("x.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := article{ID: "p", Path: "x.json", Title: "Port Deal", URL: "https://w.example/p", Source: "w.example",
		Date: "2025-03-10 00:00:00", Text: "Signed.", Input: "x.json"}
	if arts[0] != want {
		t.Errorf("got %+v\nwant %+v", arts[0], want)
	}
}
