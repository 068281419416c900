package timeline

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  Date
		want string
	}{
		{"normalised overflow", NewDate(2025, time.February, 30), "2025-03-02"},
		{"add days across a month", NewDate(2025, time.February, 25).AddDays(5), "2025-03-02"},
		{"subtract across a year", NewDate(2025, time.January, 2).AddDays(-3), "2024-12-30"},
		{"leap day", NewDate(2024, time.February, 28).AddDays(1), "2024-02-29"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.got.String(); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestDateCompare(t *testing.T) {
	a, b := NewDate(2025, 3, 15), NewDate(2025, 3, 17)
	if !a.Before(b) || a.After(b) || a.Compare(a) != 0 || b.Compare(a) != 1 {
		t.Errorf("comparisons of %s and %s are wrong", a, b)
	}
	if n := a.DaysUntil(b); n != 2 {
		t.Errorf("DaysUntil = %d, want 2", n)
	}
	if wd := a.Weekday(); wd != time.Saturday {
		t.Errorf("2025-03-15 is a %s, want Saturday", wd)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
	}
	tests := []struct {
		in   Date
		want string
	}{
		{NewDate(2025, 3, 17), `{"d":"2025-03-17"}`},
		{Date{}, `{"d":""}`},
		{NewDate(987, 1, 2), `{"d":"0987-01-02"}`},
	}
	for _, tc := range tests {
		b, err := json.Marshal(doc{tc.in})
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want {
			t.Errorf("marshal %v = %s, want %s", tc.in, b, tc.want)
		}
		var back doc
		if err := json.Unmarshal(b, &back); err != nil || back.D != tc.in {
			t.Errorf("round trip of %s gave %v, %v", b, back.D, err)
		}
	}
	var d doc
	if err := json.Unmarshal([]byte(`{"d":"March 17"}`), &d); err == nil {
		t.Error("unmarshal of a non-ISO date succeeded")
	}
}

func TestInterval(t *testing.T) {
	week := Interval{NewDate(2025, 3, 10), NewDate(2025, 3, 16), Week}
	if !week.Contains(NewDate(2025, 3, 13)) || week.Contains(NewDate(2025, 3, 17)) {
		t.Error("Contains is wrong at the week's edges")
	}
	if week.Days() != 7 {
		t.Errorf("Days = %d, want 7", week.Days())
	}
	sat := Interval{NewDate(2025, 3, 15), NewDate(2025, 3, 15), Day}
	next := Interval{NewDate(2025, 3, 17), NewDate(2025, 3, 23), Week}
	if !week.Overlaps(sat) || week.Overlaps(next) || next.Overlaps(sat) {
		t.Error("Overlaps is wrong")
	}
}

func ExampleDate_AddDays() {
	dct, _ := ParseDate("2025-03-17")
	fmt.Println(dct.AddDays(-2), dct.AddDays(-2).Weekday())
	// Output: 2025-03-15 Saturday
}
