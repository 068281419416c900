package export_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/export"
)

// story is a one-event timeline, as storyline extract would give it.
func story() *timeline.Timeline {
	return &timeline.Timeline{
		Schema: timeline.Schema,
		Documents: []timeline.Document{{ID: "a", Source: "Kyiv Post", URL: "https://kyivpost.example/a",
			Published: timeline.Date{Year: 2025, Month: 3, Day: 17}}},
		Actors: []timeline.Actor{{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: timeline.Person, Mentions: 3}},
		Events: []timeline.Event{{
			ID: "e-1", Kind: "meeting", Summary: "Steve Witkoff met Vladimir Putin", Status: timeline.Occurred,
			When: &timeline.When{Start: timeline.Date{Year: 2025, Month: 3, Day: 10}, End: timeline.Date{Year: 2025, Month: 3, Day: 16},
				Granularity: timeline.Week, Value: "2025-W11", Text: "last week", Doc: "a"},
			Actors:   []timeline.Participant{{ID: "steve-witkoff", Role: timeline.RoleAgent}},
			Mentions: []timeline.Mention{{Doc: "a", Text: "Witkoff met Putin last week."}},
		}},
	}
}

func ExampleCSV() {
	var b strings.Builder
	if err := export.CSV(&b, story()); err != nil {
		log.Fatal(err)
	}
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n")) // RFC 4180 lines end in CRLF
	// Output:
	// id,start,end,granularity,date_text,status,kind,summary,actors,places,first_source,sources
	// e-1,2025-03-10,2025-03-16,week,last week,occurred,meeting,Steve Witkoff met Vladimir Putin,Steve Witkoff,,https://kyivpost.example/a,1
}

// A week is known to the day at both ends: the slide spans it.
func ExampleTimelineJS() {
	if err := export.TimelineJS(os.Stdout, story(), export.Options{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {
	//   "title": {
	//     "text": {
	//       "headline": "1 event from 1 article",
	//       "text": "\u003cp\u003eFrom Kyiv Post, published 2025-03-17.\u003c/p\u003e\u003cp\u003eA vague date (a week, a month, a quarter) is shown by the ends of its range.\u003c/p\u003e"
	//     },
	//     "unique_id": "storyline-title",
	//     "autolink": false
	//   },
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2025,
	//         "month": 3,
	//         "day": 10
	//       },
	//       "end_date": {
	//         "year": 2025,
	//         "month": 3,
	//         "day": 16
	//       },
	//       "text": {
	//         "headline": "Steve Witkoff met Vladimir Putin",
	//         "text": "\u003cp\u003e2025-03-10 to 2025-03-16 (week, “last week”) · meeting\u003c/p\u003e\u003cul\u003e\u003cli\u003e\u003ca href=\"https://kyivpost.example/a\" target=\"_blank\" rel=\"noopener noreferrer\"\u003eKyiv Post\u003c/a\u003e, 2025-03-17: “Witkoff met Putin last week.”\u003c/li\u003e\u003c/ul\u003e"
	//       },
	//       "group": "Steve Witkoff",
	//       "unique_id": "e-1",
	//       "autolink": false
	//     }
	//   ]
	// }
}
