package ingest

import "testing"

// TestDatelineShapes checks that each shape of wire dateline is cut from
// the sentence it opens, without residue, and that prose opening with a
// capitalised place, a date or a dash is kept whole.
func TestDatelineShapes(t *testing.T) {
	const lede = "Envoys from both sides met on Monday in the old town hall."
	const longLede = "Envoys from both sides of the long and bitter dispute over fishing rights met on Monday in the old town hall."
	tests := []struct {
		name, text string
		want       []string
		dropped    int
	}{
		{"two cities filed from", "HALDEN/TROMSØ, Nov 10 (Reuters) - " + lede, []string{"body: " + lede}, 0},
		{"three cities, one of two words", "OSLO/NEW YORK/BERGEN, Nov 10 (Reuters) - " + lede, []string{"body: " + lede}, 0},
		{"two cities without a date", "OSLO/BERGEN (Reuters) - " + lede, []string{"body: " + lede}, 0},
		{"a place with letters beyond ASCII", "TROMSØ, March 3 (AFP) - " + lede, []string{"body: " + lede}, 0},
		{"no place, only the day", "Jan 6 (Reuters) - " + lede, []string{"body: " + lede}, 0},
		{"no place, the day abbreviated with a stop", "Oct. 20 (AFP) — " + lede, []string{"body: " + lede}, 0},
		{"no place, the day and year", "October 20, 2024 (Reuters) - " + lede, []string{"body: " + lede}, 0},
		{"place of two words and a date", "NEW HALDEN, March 3 (AFP) - " + lede, []string{"body: " + lede}, 0},
		{"place and credit", "HALDEN (AP) — " + lede, []string{"body: " + lede}, 0},
		{"place, date and a credit of any agency", "HALDEN, April 8 (Wire) - " + longLede, []string{"body: " + longLede}, 0},
		{"place and region", "HALDEN, Norway — " + lede, []string{"body: " + lede}, 0},
		{"place, region and credit", "HALDEN, Norway (AP) — " + lede, []string{"body: " + lede}, 0},
		{"credit alone", "(CNN) — " + lede, []string{"body: " + lede}, 0},
		{"after a byline line", "By Kari Nordmann\nHALDEN, Norway (AP) — " + lede, []string{"body: " + lede}, 1},
		{"a date and dash in prose stays", "March 3 - the day the talks began - was cold.", []string{"body: March 3 - the day the talks began - was cold."}, 0},
		{"a date and dash without a credit stays: a live page's entry is dated so", "Jan 6 - " + lede, []string{"body: Jan 6 - " + lede}, 0},
		{"a date opening prose stays", "Jan 6 was a dark day for the town.", []string{"body: Jan 6 was a dark day for the town."}, 0},
		{"a date and a bracket in prose stays", "Jan 6 (a Friday) was a dark day for the town.", []string{"body: Jan 6 (a Friday) was a dark day for the town."}, 0},
		{"a capitalised place opening prose stays", "Halden said on Monday it would act.", []string{"body: Halden said on Monday it would act."}, 0},
		{"a place between dashes stays", "Halden — the old port — was calm on Monday.", []string{"body: Halden — the old port — was calm on Monday."}, 0},
		{"a slash between words in prose stays", "Oslo/Bergen rail traffic resumed on Monday.", []string{"body: Oslo/Bergen rail traffic resumed on Monday."}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClean(t, tt.text, tt.want, tt.dropped) })
	}
}

// TestDatelineDates checks the day a dateline gives the publication.
func TestDatelineDates(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"two cities filed from", "HALDEN/TROMSØ, Nov 10 (Reuters) - Envoys met in 2024.", "2024-11-10"},
		{"no place", "Jan 6 (Reuters) - Envoys met in 2024.", "2024-01-06"},
		{"a credit of any agency", "HALDEN, April 8 (Wire) - Envoys from both sides of the long and bitter dispute met in 2024.", "2024-04-08"},
		{"no place, with a year", "October 20, 2023 (AFP) - Envoys met.", "2023-10-20"},
		{"a date opening prose is no dateline", "March 3 - the day the talks began in 2024 - was cold.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := InferDate(tt.text)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("InferDate(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
