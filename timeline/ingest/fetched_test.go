package ingest

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestDownloadDate(t *testing.T) {
	tests := []struct {
		name, in string
		dct      timeline.Date
		want     string // date and where it came from
		warn     string // a warning that must be given, or ""
	}{
		{"the download settles a day and month either way round",
			`{"maintext": "The mayor resigned.", "date_publish": "05/03/2026", "date_download": "2026-03-05 06:00:00"}`,
			timeline.Date{}, "2026-03-05 metadata", ""},
		{"the reading nearest before the download",
			`{"maintext": "The mayor resigned.", "date_publish": "03/05/2026 10:00", "date_download": "2026-05-04T08:00:00"}`,
			timeline.Date{}, "2026-05-03 metadata", ""},
		{"without a download the month comes first",
			`{"maintext": "The mayor resigned.", "date_publish": "05/03/2026"}`,
			timeline.Date{}, "2026-05-03 metadata", ""},
		{"the text settles a day and month either way round",
			`{"maintext": "Strikers stood at the gate on Nov. 5, 2026.", "date_publish": "05/11/2026"}`,
			timeline.Date{}, "2026-11-05 metadata", ""},
		{"a text that spells out both readings settles nothing",
			`{"maintext": "Talks set for May 11, 2026 began on 5 November 2026.", "date_publish": "05/11/2026"}`,
			timeline.Date{}, "2026-05-11 metadata", ""},
		{"a date with one reading is read as written",
			`{"maintext": "The mayor resigned.", "date_publish": "13/03/2026", "date_download": "2026-03-20"}`,
			timeline.Date{}, "2026-03-13 metadata", ""},
		{"no publication date: the download's, with a warning",
			`{"maintext": "The mayor resigned on Wednesday.", "date_publish": null, "date_download": "2026-03-04T11:20:00"}`,
			timeline.Date{}, "2026-03-04 metadata", "the download date 2026-03-04 is taken"},
		{"the text's date line comes before the download",
			`{"maintext": "Published March 2, 2026\nThe mayor resigned on Wednesday.", "date_download": "2026-03-09"}`,
			timeline.Date{}, "2026-03-02 content", ""},
		{"the --dct date comes before the download",
			`{"maintext": "The mayor resigned on Wednesday.", "date_download": "2026-03-09"}`,
			timeline.NewDate(2026, 3, 1), "2026-03-01 flag", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags, err := Read("in.jsonl", []byte(tt.in+"\n"), Options{DCT: tt.dct})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Read: %d documents, error %v", len(docs), err)
			}
			if got := docs[0].Published.String() + " " + docs[0].PublishedFrom; got != tt.want {
				t.Errorf("published %s, want %s", got, tt.want)
			}
			if tt.warn == "" {
				return
			}
			for _, d := range diags {
				if d.Warning && strings.Contains(d.Message, tt.warn) {
					return
				}
			}
			t.Errorf("no warning %q in %v", tt.warn, diags)
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example/world/2026/03/04/ferry-fire-out/", "2026-03-04"},
		{"https://news.example/news/2026/mar/03/brennick-fire", "2026-03-03"},
		{"https://news.example/2026-03-04/ferry.html", "2026-03-04"},
		{"https://news.example/a/2026/3/4", "2026-03-04"},
		{"https://news.example/story/12345/2026", ""},
		{"https://news.example/2026/13/40/x", ""},
		{"https://news.example/ferry?from=2026/03/04/", ""},
		{"https://news.example/ids/202603041234/ferry", ""},
	}
	for _, tt := range tests {
		d, ok := dateFromURL(tt.url)
		got := ""
		if ok {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("dateFromURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestURLDateOrder(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an undated record takes its address's date before its download's",
			`{"maintext": "The mayor resigned.", "url": "https://news.example/2026/03/02/mayor", "date_download": "2026-03-09"}`,
			"2026-03-02 metadata"},
		{"the text's date line comes before the address",
			`{"maintext": "Published March 1, 2026\nThe mayor resigned.", "url": "https://news.example/2026/03/02/mayor"}`,
			"2026-03-01 content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := Read("in.jsonl", []byte(tt.in+"\n"), Options{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Read: %d documents, error %v", len(docs), err)
			}
			if got := docs[0].Published.String() + " " + docs[0].PublishedFrom; got != tt.want {
				t.Errorf("published %s, want %s", got, tt.want)
			}
		})
	}
}

func TestPageSlashDateSettledByText(t *testing.T) {
	page := `<html><head><title>Strikers block the refinery gates</title></head><body><h1>Strikers block the refinery gates</h1>
<div class="pub-dates"><span>Issued on: </span><span>05/11/2026 - 14:22</span></div>
<figure><img alt="Workers at the refinery gate on November 5, 2026"></figure>
<p>About 300 workers have blocked the gates since Tuesday, the union said.</p></body></html>`
	docs, _, err := Read("p.html", []byte(page), Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Read: %d documents, error %v", len(docs), err)
	}
	if got := docs[0].Published.String(); got != "2026-11-05" {
		t.Errorf("published %s, want 2026-11-05", got)
	}
}
