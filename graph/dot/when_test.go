package dot

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// An event's date in the graph reads as in the report beside it, and an
// event known only to its year or month is not written as a run of days.
func TestWhenText(t *testing.T) {
	d := timeline.NewDate
	tests := []struct {
		name string
		when *timeline.When
		want string
	}{
		{"a day", &timeline.When{Start: d(2023, 9, 8), End: d(2023, 9, 8)}, "8 Sep 2023"},
		{"a day without end", &timeline.When{Start: d(2023, 9, 8)}, "8 Sep 2023"},
		{"days in a month", &timeline.When{Start: d(2023, 9, 11), End: d(2023, 9, 12)}, "11–12 Sep 2023"},
		{"across months", &timeline.When{Start: d(2025, 2, 28), End: d(2025, 3, 2)}, "28 Feb – 2 Mar 2025"},
		{"across years", &timeline.When{Start: d(2024, 12, 30), End: d(2025, 1, 5)}, "30 Dec 2024 – 5 Jan 2025"},
		{"a month", &timeline.When{Start: d(2025, 3, 1), End: d(2025, 3, 31)}, "March 2025"},
		{"a year", &timeline.When{Start: d(2024, 1, 1), End: d(2024, 12, 31)}, "2024"},
		{"a decade", &timeline.When{Start: d(2010, 1, 1), End: d(2019, 12, 31)}, "2010–2019"},
		{"undated", nil, "undated"},
		{"no start", &timeline.When{}, "undated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := whenText(tt.when); got != tt.want {
				t.Errorf("whenText = %q, want %q", got, tt.want)
			}
		})
	}
}
