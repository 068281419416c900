package ingest_test

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline/ingest"
)

func ExampleReadPaths() {
	docs, diags := ingest.ReadPaths([]string{"testdata/articles/oslo-talks.md", "testdata/missing.txt"}, nil, ingest.Options{})
	for _, d := range docs {
		fmt.Println(d.ID, d.Published, d.PublishedFrom, d.Title)
		fmt.Println(d.SpanText(d.Sentences[2]))
	}
	for _, d := range diags {
		fmt.Println(d.Path, d.Message)
	}
	// Output:
	// oslo-talks 2025-03-04 metadata Envoys Agree to Meet Again in Oslo
	// Negotiators from both sides agreed on Monday to hold a second round of talks in Oslo next week, Norway's foreign ministry said.
	// testdata/missing.txt cannot read: no such file or directory
}

func ExampleReadPaths_stdin() {
	in := strings.NewReader(`{"title": "Ferries Resume", "maintext": "Ferries resumed on Sunday.", "date_publish": "2025-03-16 00:00:00"}`)
	docs, _ := ingest.ReadPaths([]string{"-"}, in, ingest.Options{})
	fmt.Println(docs[0].ID, docs[0].Title, docs[0].Published)
	// Output: stdin Ferries Resume 2025-03-16
}

func ExampleClean() {
	text := "- Advertisement -spot_img\nTalks Resume in Oslo\nThe envoys met on Monday. Mr. Berg chaired.\n1,204FansLike\nLEAVE A REPLY"
	sentences, dropped := ingest.Clean(text)
	for _, s := range sentences {
		fmt.Printf("%d %q\n", s.Kind, text[s.Start:s.End])
	}
	fmt.Println("dropped:", dropped)
	// Output:
	// 1 "Talks Resume in Oslo"
	// 0 "The envoys met on Monday."
	// 0 "Mr. Berg chaired."
	// dropped: 3
}

func ExampleSegment() {
	text := `The U.S. envoy arrived at 9 a.m. Moscow time. “Is it over?” he asked. Nobody answered.`
	for _, s := range ingest.Segment(text, 0, len(text)) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// The U.S. envoy arrived at 9 a.m. Moscow time.
	// “Is it over?” he asked.
	// Nobody answered.
}

func ExampleParseDate() {
	for _, s := range []string{"Monday, March 17, 2025", "February 2022", "2025-03-17T23:30:00-05:00", "Mar 13"} {
		d, err := ingest.ParseDate(s)
		if err != nil {
			fmt.Printf("%v (month %d, day %d)\n", err, d.Month, d.Day)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 2025-03-17
	// 2022-02-01
	// 2025-03-17
	// date has no year: "Mar 13" (month 3, day 13)
}

func ExampleReadInputs() {
	crawl := []byte(`{"title": "Ferries Resume", "maintext": "Ferries resumed on Sunday.", "date_publish": "2025-03-16"}

{"title": "Port Reopens", "maintext": "The port reopened on Monday.", "date_publish": "2025-03-17"}
{"title": "Broken", "maintext": 
`)
	docs, diags := ingest.ReadInputs([]ingest.Input{{Name: "crawl.jsonl", Data: crawl}}, ingest.Options{})
	for _, d := range docs {
		fmt.Println(d.ID, d.Path, d.Published, d.Title)
	}
	for _, d := range diags {
		fmt.Printf("%s:%d: %s\n", d.Path, d.Line, d.Message)
	}
	// Output:
	// crawl-1 crawl.jsonl#1 2025-03-16 Ferries Resume
	// crawl-3 crawl.jsonl#3 2025-03-17 Port Reopens
	// crawl.jsonl:4: malformed JSON at byte 31: unexpected end of JSON input
}
