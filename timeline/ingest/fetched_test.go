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
