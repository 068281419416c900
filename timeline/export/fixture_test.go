package export

import (
	"github.com/storyline/storyline/timeline"
)

func day(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func when(start, end string, g timeline.Granularity, text string) *timeline.When {
	return &timeline.When{Start: day(start), End: day(end), Granularity: g, Text: text, Doc: "kyiv"}
}

// fixture is a small events document with one event of each kind of date,
// an undated one, sources with and without links, and article text that
// carries HTML, script and spreadsheet formulas.
func fixture() *timeline.Timeline {
	return &timeline.Timeline{
		Schema: timeline.Schema,
		Documents: []timeline.Document{
			{ID: "kyiv", Title: "Talks in Riyadh", URL: "https://www.kyivpost.example/riyadh", Published: day("2025-03-17"), PublishedFrom: timeline.FromMetadata},
			{ID: "wire", Title: "Envoy meets Putin", Source: "Wire <Service>", URL: "javascript:alert(1)", Published: day("2025-03-14"), PublishedFrom: timeline.FromMetadata},
			{ID: "blog", Title: "A blog post", Published: timeline.Date{}, PublishedFrom: timeline.FromNone},
			{ID: "early", Title: "Moscow talks", URL: "https://early.example/moscow", Published: day("2025-03-13"), PublishedFrom: timeline.FromContent},
		},
		Actors: []timeline.Actor{
			{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: timeline.Person, Mentions: 9},
			{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: timeline.Person, Mentions: 7},
			{ID: "ukraine", Name: "Ukraine", Kind: timeline.Country, Mentions: 4},
		},
		Events: []timeline.Event{
			{ID: "e-day", Kind: "meeting", Summary: "Steve Witkoff met Vladimir Putin in Moscow", Status: timeline.Occurred,
				When:   when("2025-03-13", "2025-03-13", timeline.Day, "on Thursday"),
				Actors: []timeline.Participant{{ID: "steve-witkoff", Role: timeline.RoleAgent}, {ID: "vladimir-putin", Role: timeline.RoleParticipant}},
				Places: []string{"Moscow"},
				Mentions: []timeline.Mention{
					{Doc: "kyiv", Start: 10, End: 60, Text: "Witkoff met Putin in Moscow on Thursday."},
					{Doc: "wire", Start: 0, End: 40, Text: "The envoy met Putin on Thursday."},
					{Doc: "early", Start: 5, End: 30, Text: "Witkoff and Putin met today."},
				}},
			{ID: "e-week", Kind: "call", Summary: "Vladimir Putin called Steve Witkoff", Status: timeline.Reported,
				When:     when("2025-03-10", "2025-03-16", timeline.Week, "last week"),
				Actors:   []timeline.Participant{{ID: "vladimir-putin", Role: timeline.RoleAgent}, {ID: "steve-witkoff", Role: timeline.RoleParticipant}},
				Mentions: []timeline.Mention{{Doc: "blog", Text: "Putin called him last week, it is said."}}},
			{ID: "e-month", Kind: "statement", Summary: "=HYPERLINK(\"http://evil.example\",\"click\")", Status: timeline.Occurred,
				When:     when("2025-02-01", "2025-02-28", timeline.Month, "in February"),
				Actors:   []timeline.Participant{{ID: "ukraine", Role: timeline.RoleAgent}},
				Mentions: []timeline.Mention{{Doc: "kyiv", Text: "-5% in a week, Kyiv said in February."}}},
			{ID: "e-quarter", Kind: "announcement", Summary: "Ukraine announced a <script>alert('x')</script> plan", Status: timeline.Planned,
				When:     when("2025-07-01", "2025-09-30", timeline.Quarter, "the third quarter"),
				Actors:   []timeline.Participant{{ID: "ukraine", Role: timeline.RoleAgent}},
				Places:   []string{"Kyiv", "@Lviv"},
				Mentions: []timeline.Mention{{Doc: "wire", Text: "A plan <img src=x onerror=alert(1)> for the third quarter."}}},
			{ID: "e-years", Kind: "attack", Summary: "War in the east", Status: timeline.Occurred,
				When:     when("2014-01-01", "2025-03-17", timeline.Year, "since 2014"),
				Mentions: []timeline.Mention{{Doc: "kyiv", Text: "The war has gone on since 2014."}}},
			{ID: "e-year", Kind: "agreement", Summary: "A truce was agreed", Status: timeline.Expected,
				When:     when("2026-01-01", "2026-12-31", timeline.Year, "next year"),
				Actors:   []timeline.Participant{{ID: "unlisted-actor", Role: timeline.RoleAgent}},
				Mentions: []timeline.Mention{{Doc: "missing-doc", Text: "A truce next year."}}},
			{ID: "e-undated", Kind: "statement", Summary: "Peskov denied it", Status: timeline.Denied,
				Mentions: []timeline.Mention{{Doc: "wire", Text: "Peskov denied it."}}},
		},
	}
}
