package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

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
		// IDs, paths and diagnostics all number records by their line.
		{"blank lines and crlf", "\r\n{\"maintext\": \"One.\"}\r\n\r\n{\"maintext\": \"\"}\r\n",
			[]string{"in-2"}, []string{"in.jsonl#2"}, []string{"4: no article text found: maintext is empty"}, nil},
		{"byte order mark", "\xef\xbb\xbf{\"maintext\": \"One.\"}\n",
			[]string{"in-1"}, []string{"in.jsonl#1"}, nil, nil},
		{"invalid utf-8 warned once, first", "{\"maintext\": \"One.\"}\n{\"maintext\": \"Caf\xe9.\"}\n{\"maintext\": \"\xff\xfe\"}\n",
			[]string{"in-1", "in-2", "in-3"}, []string{"in.jsonl#1", "in.jsonl#2", "in.jsonl#3"},
			[]string{"0: invalid UTF-8 (3 bad sequences, the first at byte 38) replaced with U+FFFD"}, nil},
		{"only blank lines", "\n\n", nil, nil, nil, ErrEmpty},
		{"nothing", "", nil, nil, nil, ErrEmpty},
		{"NUL byte rejects the input", "{\"maintext\": \"One.\"}\n{\"maintext\": \"T\x00\"}\n", nil, nil, nil, ErrBinary},
		{"utf-16", "\xff\xfe{\x00", nil, nil, nil, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags, err := Read("in.jsonl", []byte(tt.in), Options{DCT: timeline.NewDate(2025, 3, 1)})
			checkRead(t, articlesOf(docs), diags, err, tt.ids, tt.paths, tt.diags, tt.err)
		})
	}
}

// articlesOf keeps what checkRead compares of documents.
func articlesOf(docs []timeline.Document) []article {
	var arts []article
	for _, d := range docs {
		arts = append(arts, article{ID: d.ID, Path: d.Path})
	}
	return arts
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

func TestRecordDecoder(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool // false: left to encoding/json
		want     record
	}{
		{"news-please record", `{"filename": "a.txt", "title": "T", "url": null, "language": "en", "authors": ["A", "B"], "image_url": null, "maintext": "Line one.\nDon\u2019t \"quote\" \\ \/ \t."}`,
			true, record{Filename: "a.txt", Title: "T", Maintext: "Line one.\nDon’t \"quote\" \\ / \t."}},
		{"raw UTF-8 and nested values", `{"maintext": "Café", "meta": {"n": [1, 2.5, -3e2, true, false, null, {}, []]}}`,
			true, record{Maintext: "Café"}},
		{"empty object", ` {} `, true, record{}},
		{"later duplicate wins", `{"text": "a", "text": "b", "published": "x", "published": null}`, true, record{Text: "b", Published: "x"}},
		{"key in another case", `{"MainText": "x"}`, false, record{}},
		{"escaped key", `{"main\u0074ext": "x"}`, false, record{}},
		{"surrogate pair", `{"maintext": "\ud83d\ude00"}`, false, record{}},
		{"wrong type", `{"maintext": 5}`, false, record{}},
		{"invalid UTF-8", "{\"maintext\": \"\xff\"}", false, record{}},
		{"control byte", "{\"maintext\": \"a\tb\"}", false, record{}},
		{"trailing comma", `{"maintext": "a",}`, false, record{}},
		{"bad number", `{"n": 01, "maintext": "a"}`, false, record{}},
		{"text after the object", `{"maintext": "a"} x`, false, record{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d recordDecoder
			var got record
			ok := d.decode([]byte(tt.in), &got)
			if ok != tt.ok {
				t.Fatalf("decode = %v, want %v", ok, tt.ok)
			}
			if ok && got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestScanStringEveryPosition puts each byte scanString stops at in every
// place of a word it reads at once, and checks it against a byte-by-byte
// reading.
func TestScanStringEveryPosition(t *testing.T) {
	naive := func(data []byte, i int) (int, bool, bool) {
		escaped := false
		for j := i; j < len(data); j++ {
			switch c := data[j]; {
			case c == '"':
				return j, escaped, utf8.Valid(data[i:j])
			case c == '\\':
				escaped = true
				j++
			case c < 0x20:
				return 0, false, false
			}
		}
		return 0, false, false
	}
	for _, special := range []string{`"`, `\n`, `\"`, "\x01", "\x1f", "é", "\xff", " ", "\x7f"} {
		for pos := range 20 {
			in := []byte(strings.Repeat("a", pos) + special + strings.Repeat("b", 20-pos) + `"`)
			for _, cut := range []int{len(in), pos + len(special)} {
				t.Run(fmt.Sprintf("%q at %d of %d", special, pos, cut), func(t *testing.T) {
					data := in[:cut]
					end, esc, ok := scanString(data, 0)
					wantEnd, wantEsc, wantOK := naive(data, 0)
					if ok != wantOK || ok && (end != wantEnd || esc != wantEsc) {
						t.Errorf("scanString = %d %v %v, want %d %v %v", end, esc, ok, wantEnd, wantEsc, wantOK)
					}
				})
			}
		}
	}
}

// A record whose body holds HTML, as a site's own feed exports it, is read
// as its page shows it; plain text keeps its lines.
func TestMarkedUpRecords(t *testing.T) {
	tests := []struct {
		name, maintext, want string
	}{
		{"paragraph tags and character references",
			`<p>The mayor of Halden was fined on Monday.</p><p>&#8220;We will appeal,&#8221; her lawyer said.</p>`,
			"The mayor of Halden was fined on Monday.\n\n“We will appeal,” her lawyer said."},
		{"line breaks", `Ferries resumed.<br>Roads reopened.`, "Ferries resumed.\nRoads reopened."},
		{"references only", "Smith &amp; Sons closed.\nStaff said &quot;no&quot;.", "Smith & Sons closed.\nStaff said \"no\"."},
		{"plain text with an ampersand and a comparison", "Profits & losses: costs < 5 percent.\nNext line.", "Profits & losses: costs < 5 percent.\nNext line."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(map[string]string{"title": "T", "maintext": tt.maintext})
			if err != nil {
				t.Fatal(err)
			}
			docs, _, err := Read("r.json", b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 || docs[0].Text != tt.want {
				t.Errorf("text %q, want %q", docs[0].Text, tt.want)
			}
		})
	}
}
