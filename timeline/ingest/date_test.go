package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // YYYY-MM-DD; "" when no full date
		err      error
	}{
		{"iso date", "2025-03-17", "2025-03-17", nil},
		{"news-please timestamp", "2025-03-17 00:00:00", "2025-03-17", nil},
		{"rfc3339 in its own zone", "2025-03-17T23:30:00-05:00", "2025-03-17", nil},
		{"rfc3339 utc", "2025-02-25T08:00:00Z", "2025-02-25", nil},
		{"month day year", "March 17, 2025", "2025-03-17", nil},
		{"abbreviated month with dot", "Feb. 14, 2025", "2025-02-14", nil},
		{"sept", "Sept 5, 2024", "2024-09-05", nil},
		{"day month year", "17 March 2025", "2025-03-17", nil},
		{"ordinal day first", "17th March 2025", "2025-03-17", nil},
		{"ordinal month first", "March 3rd, 2025", "2025-03-03", nil},
		{"weekday first", "Monday, March 17, 2025", "2025-03-17", nil},
		{"short weekday first", "Mon, 17 Mar 2025 10:00:00 GMT", "2025-03-17", nil},
		{"weekday day month", "Tuesday 25 February 2025", "2025-02-25", nil},
		{"trailing time and zone", "14 February 2025 10:02 GMT", "2025-02-14", nil},
		{"trailing a.m.", "Feb. 14, 2025 at 10:00 a.m.", "2025-02-14", nil},
		{"month and year", "February 2022", "2022-02-01", nil},
		{"short month and year", "Feb 2022", "2022-02-01", nil},
		{"month comma year", "February, 2022", "2022-02-01", nil},
		{"day first numeric", "17.03.2025", "2025-03-17", nil},
		{"dotted numeric is day first whatever the day", "05.03.2026", "2026-03-05", nil},
		{"slashed numeric that could be either is month first", "05/03/2026", "2026-05-03", nil},
		{"month first numeric", "03/04/2025", "2025-03-04", nil},
		{"dashed numeric is day first", "05-11-2026", "2026-11-05", nil},
		{"dashed numeric whose second number is no month", "05-13-2026", "2026-05-13", nil},
		{"dashed numeric that is no date", "13-13-2026", "", ErrNotDate},
		{"no year", "Mar 13", "", ErrNoYear},
		{"no year day first", "13 March", "", ErrNoYear},
		{"weekday and no year", "Thursday, March 13", "", ErrNoYear},
		{"words", "next week", "", ErrNotDate},
		{"a zone and a month are no day", "GMT+1, November", "", ErrNotDate},
		{"empty", "  ", "", ErrNotDate},
		{"impossible numeric", "31.02.2025", "", ErrNotDate},
		{"year zero numeric", "1.1.0000", "", ErrNotDate},
		{"year zero month", "February 0000", "", ErrNotDate},
		{"too long", "March 17, 2025 and then some more words that go on and on past any date's length", "", ErrNotDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ParseDate(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got.String() != tt.want {
				t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDateNoYearKeepsMonthAndDay(t *testing.T) {
	got, err := ParseDate("Mar 13")
	if !errors.Is(err, ErrNoYear) {
		t.Fatalf("error = %v, want ErrNoYear", err)
	}
	if want := (timeline.Date{Month: 3, Day: 13}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestInferDate(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" when nothing is found
	}{
		{"published line", "Talks resume\nPublished March 17, 2025\nOfficials met on Monday.", "2025-03-17"},
		{"published on with time", "Published on 4 March 2025 at 09:15 GMT\nText.", "2025-03-04"},
		{"updated line", "Updated: 10:02 GMT, 18 March 2025\nText.", "2025-03-18"},
		{"published beats updated", "Updated March 18, 2025\nPublished March 17, 2025\nText.", "2025-03-17"},
		{"bare date at top", "Feb 14, 2025\nThe envoy arrived.", "2025-02-14"},
		{"bare date with time", "March 3, 2025 | 6:45 PM EST\nText.", "2025-03-03"},
		{"bare date with dotted time", "Mon 17 Mar 2025 10.02 GMT\nText.", "2025-03-17"},
		{"last modified", "Last modified on Mon 17 Mar 2025 10.02 GMT\nText.", "2025-03-17"},
		{"time before date", "Published: 9:01 AM EDT, Mon March 17, 2025\nText.", "2025-03-17"},
		{"wire dateline takes the text's year", "LISBON, March 17 (Reuters) - Ministers met in 2025 to talk.", "2025-03-17"},
		{"dateline with year and dash", "KYIV, Ukraine, March 9, 2025 — Sirens sounded.", "2025-03-09"},
		{"dateline without a year anywhere", "LISBON, March 17 (Reuters) - Ministers met.", ""},
		{"date label with an ISO date", "Talks resume\ndate: 2025-03-17\n\nOfficials met on Monday.", "2025-03-17"},
		{"published line in figures", "Published 17/03/2025\nText.", "2025-03-17"},
		{"a label with a year alone is no day", "Updated 2025\nText.", ""},
		{"a stamp whose year runs into its time", "Talks resume\nJune 2, 20269:41 AM UTCUpdated ago\nOSLO, June 2 (Wire) - Ministers met in 2024.", "2026-06-02"},
		{"a year run into other figures is no stamp", "June 2, 20269 people marched\nMinisters met.", ""},
		{"a stamp below a copied page's menu", strings.Repeat("News\n", 20) + "Ferry chief resigns over fire\nWed 15 Apr 2026 17.05 BST\nThe chief resigned.", "2026-04-15"},
		{"a date line below fifteen lines of text is not read", strings.Repeat("Ministers met on the island today.\n", 15) + "Feb 14, 2025\nText.", ""},
		{"a zone offset before the date", "Updated 3:15 PM GMT+1, March 11, 2026\nText.", "2026-03-11"},
		{"a zone offset with minutes", "Published 09:40 UTC+05:30, 4 May 2026\nText.", "2026-05-04"},
		{"published and updated on one line", "Published 5:14 p.m. ET Feb. 9, 2026 Updated 8:02 a.m. ET Feb. 10, 2026\nText.", "2026-02-09"},
		{"a teaser's date below the article is not the page's", "Dam operator fined\n2 days ago\n" + strings.Repeat("The operator of the dam was fined after water from it flooded the village.\n", 3) + "More on this story\nVillagers demand answers\nPublished\n15 January 2025\n", ""},
		{"a stamp below two paragraphs is still read", "Dam operator fined\n" + strings.Repeat("The operator of the dam was fined after water from it flooded the village.\n", 2) + "Published 15 January 2025\n", "2025-01-15"},
		{"an issued stamp", "Issued on: 05/11/2026 - 14:22\nText.", "2026-05-11"},
		{"a first-published stamp with a dashed date", "First published on: 05-11-2026 at 14:22 IST\nText.", "2026-11-05"},
		{"a published stamp in ISO form with its time", "Published: 2026-11-05T14:22:00+09:00\nText.", "2026-11-05"},
		{"no date", "Ministers met on Monday.\nThey spoke for hours.", ""},
		{"date deep in the body is not a stamp", "Ministers met.\nThe deal was signed on March 3, 2025, in Geneva.", ""},
		{"heading starting with a number", "30 days of talks\nMinisters met in 2025.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := InferDate(tt.text)
			if ok != (tt.want != "") || got.String() != tt.want {
				t.Errorf("InferDate = %s, %v; want %q", got, ok, tt.want)
			}
		})
	}
}
