package ingest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// checkSpans fails unless spans lie inside text, in order, without
// overlapping, and are trimmed.
func checkSpans(t *testing.T, text string, spans []timeline.Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %+v out of order or bounds (prev end %d, len %d)", s, prev, len(text))
		}
		if ss, se := trimSpace(text, s.Start, s.End); ss != s.Start || se != s.End {
			t.Fatalf("span %+v not trimmed: %q", s, text[s.Start:s.End])
		}
		prev = s.End
	}
}

func addSeeds(f *testing.F, paths ...string) {
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"The U.S. President spoke. He left.", "“Is it over?” he asked. “Not yet!”", "We ... have… Then.",
		"Mr. A. B. Smith met Gen. Ray at 9 a.m. The end.", "- a\n- b\n\n# H\r\n", "x.\u00a0Y", "\xff.\xe2\x80 A",
		"OSLO, March 3 (Reuters) - Envoys met.", "AB, May 1 ( -",
		"OSLO/BERGEN, Nov 10 (Reuters) - Envoys met.", "Jan 6 (Reuters) - Envoys met.", "TROMSØ/Ø, Oct. 2, 2024 (X) — A",
		"Get the news in your inbox. Subscribe now.", "Already a subscriber? Log in.", "Follow us on X",
		"Bank fails\n- Earlier\n on Friday it was\nto find a buyer of\nSanta Clara.", "A guard. (AP Photo/Jo Li)\nJo Li\nAna Lind/Getty Images\nx",
		"Daily Ledger\nNews\nFerry services resume after storm\nBy Ana Lima\nText.", "Item 1 of 2 A b. X/Y\n[1/2]A b. X/Y\nx",
		"World / Europe", "June 2, 20269:41 AM UTCUpdated ago", "A b.\nRelated Stories\nA b c\n3 March\nx.",
		"A b.\nAbout Northwind Bank\nx.\n###", "Image caption,\nx", "3 hours ago\nCredit: Jo Li", "Video Player is loading.",
		"A b.\nANNA BERG\nBerg covers x for the Y.\nReach her at a@b\n214", "x.Credit...Jo Li for The Y\nU.S.\nFire (@Fire) July 19, 2026\npic.t.co/x",
		"Rhona Kerr\nIslands reporter\nReporting from Oslo\nlw/rm (X, y)\n(Updates with x.)\n— With assistance from Jo Li",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text := string(b)
		checkSpans(t, text, Segment(text, 0, len(text)))
		spans, dropped := Clean(text)
		checkSpans(t, text, spans)
		if dropped < 0 || dropped > strings.Count(text, "\n")+1 {
			t.Fatalf("dropped %d lines of %d", dropped, strings.Count(text, "\n")+1)
		}
	})
}

func FuzzFrontMatter(f *testing.F) {
	addSeeds(f, "testdata/articles/oslo-talks.md", "testdata/articles/undated.txt")
	for _, s := range []string{"---\ntitle: a\n---\n", "---\r\nx: \"\\q\"\r\n...", "---\n---\n", "---\nk: 'it''s'\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := string(b)
		meta, body := frontMatter(s)
		if body < 0 || body > len(s) {
			t.Fatalf("body offset %d outside 0..%d", body, len(s))
		}
		if (body == 0) != (meta == nil) {
			t.Fatalf("body %d with fields %v", body, meta)
		}
		docs, _, err := Read("x.md", b, Options{})
		if err == nil && len(docs) != 1 {
			t.Fatalf("%d documents from one text", len(docs))
		}
		for _, d := range docs {
			checkSpans(t, d.Text, d.Sentences)
		}
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/articles/geneva.html", "testdata/articles/bridge.htm")
	for _, s := range []string{"<p>x</p>", "<html><head><script type=\"application/ld+json\">[[[{\"datePublished\":1}]]]</script>", "<time datetime=\"Mar 13\">",
		"<p><span>Published</span><span>3 hours ago</span></p><figcaption>A b<span>Credit: X</span></figcaption>",
		"<p class=\"date\">Published: 17.02.2026 kl. 10:14</p><p>x.</p>", `<span itemprop="datePublished" content="2026-03-04">x</span>`,
		"<aside><b class=date>2 March 2026</b></aside><p>CO<sub>2</sub> <span>A</span><span>B</span></p>",
		"<title>A b c | WN | 23.10.2026</title><p>Published: 4:41 PM MST December 13, 2026</p><p>x.</p>", "<title>A b c | x.example</title><p>Published</p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, _, err := Read("x.html", b, Options{})
		if err == nil && len(docs) != 1 {
			t.Fatalf("%d documents from one page", len(docs))
		}
		for _, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("text is not UTF-8")
			}
			checkSpans(t, d.Text, d.Sentences)
		}
	})
}

func FuzzJSON(f *testing.F) {
	addSeeds(f, "testdata/articles/briefs.json", "testdata/articles/records.jsonl")
	for _, s := range []string{`{"maintext": "a. B"}`, `[{"maintext": "x", "filename": "../.."}]`, "{}\n{\"maintext\": 1}\n",
		`{"maintext": "a.", "date_publish": "05/03/2026", "date_download": "2026-03-05 06:00:00"}`,
		`{"maintext": "a.", "date_publish": null, "date_download": "1/2/0000"}`,
		`{"maintext": "a.", "url": "https://x.example/2026/feb/30/a", "date_download": "2026-03-01"}`,
		`{"maintext": "<p>a.</p><p>ANNA BERG</p><p>Berg covers x for the Y.</p>", "date_publish": "Thu, 19 Nov 2026 16:45:00 GMT", "title": null, "authors": null}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"x.json", "x.jsonl", "-"} {
			docs, _, _ := Read(name, b, Options{})
			ids := map[string]bool{}
			for _, d := range docs {
				if d.ID == "" {
					t.Fatalf("%s: empty id", name)
				}
				if name != "x.json" && ids[d.ID] && !strings.Contains(strings.ToLower(string(b)), "filename") {
					t.Fatalf("%s: repeated id %q without file names", name, d.ID)
				}
				ids[d.ID] = true
				checkSpans(t, d.Text, d.Sentences)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"March 17, 2025", "Mar 13", "February 2022", "Monday, March 17, 2025", "17.03.2025", "1332151919", "10:02 GMT",
		"05.03.2026", "June 2, 20269:41 AM UTCUpdated ago", "GMT+1, November", "Feb. 9, 2026 Updated 8:02 a.m. ET Feb."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err == nil && (d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 || d.Year < 1000) {
			t.Fatalf("ParseDate(%q) = %+v without error", s, d)
		}
		InferDate(s)
	})
}

// FuzzRecordDecoder checks that whatever the fast decoder accepts,
// encoding/json accepts and reads the same.
func FuzzRecordDecoder(f *testing.F) {
	addSeeds(f, "testdata/articles/records.jsonl")
	for _, s := range []string{
		`{"maintext": "a\nb \u2019 \"q\" \\ \/", "title": null, "extra": [1, -2.5e+3, {"k": true}], "url": "u"}`,
		`{"Maintext": "x"}`, `{"maintext": 1}`, `{"maintext": "\ud83d\ude00"}`, `{"ma\u0069ntext": "x"}`,
		`{"text": "t", "text": null}`, `{} `, `{"a": 01}`, `{"a": "` + "\x01" + `"}`, `{"a": [,]}`, "{\"maintext\": \"\xff\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var d recordDecoder
		var fast, slow record
		if !d.decode(b, &fast) {
			return
		}
		if err := json.Unmarshal(b, &slow); err != nil {
			t.Fatalf("decoded %q, which encoding/json refuses: %v", b, err)
		}
		if fast != slow {
			t.Fatalf("decoded %q as\n%+v\nencoding/json reads\n%+v", b, fast, slow)
		}
	})
}

// FuzzStdin checks that standard input, read as a stream, gives what the
// same bytes give when held in memory, and that a JSONL file streamed
// from disk gives what it gives in memory.
func FuzzStdin(f *testing.F) {
	addSeeds(f, "testdata/articles/records.jsonl", "testdata/articles/briefs.json", "testdata/articles/oslo-talks.md")
	for _, s := range []string{"{\"maintext\": \"a\"}\n{\"maintext\": \"b\"}", "{\"maintext\": \"a.\", \"date_publish\": \"05/03/2026\", \"date_download\": \"2026-03-05\"}\n", "\xef\xbb\xbf{}\n\n{}\n", "{}\n\x00", "{\"maintext\": \"Caf\xe9\"}\r\n{"} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		opt := Options{MaxBytes: 64}
		want := func(name string) []byte {
			docs, diags, err := Read(name, b, opt)
			if err != nil {
				diags = append(diags, diagnosticOf(err))
			}
			return renderGolden(t, docs, diags)
		}
		docs, diags := ReadPaths([]string{StdinName}, bytes.NewReader(b), opt)
		// Its first record over the limit, standard input is too large
		// whatever its format.
		untold := len(diags) == 1 && diags[0].Line == 0 && strings.HasPrefix(diags[0].Message, "input too large")
		if got, w := renderGolden(t, docs, diags), want(StdinName); !bytes.Equal(got, w) && !untold {
			t.Fatalf("stdin gives\n%s\nin memory\n%s", got, w)
		}
		path := filepath.Join(dir, "x.jsonl")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		docs, diags = ReadPaths([]string{path}, nil, opt)
		if got, w := renderGolden(t, docs, diags), want(path); !bytes.Equal(got, w) {
			t.Fatalf("file gives\n%s\nin memory\n%s", got, w)
		}
	})
}
