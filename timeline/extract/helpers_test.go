package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// who is an actor the test names: every occurrence of text becomes a
// mention of id.
type who struct {
	text, id, kind, country, name, role string
}

// when is a temporal expression the test dates: every occurrence of text.
type when struct {
	text, start, end string
	gran             timeline.Granularity
	value            string // the TIMEX3 value when it is not start; a duration's ("P2D")
}

var published = timeline.NewDate(2025, 3, 17)

// fixture builds a document, its timexes and its actor mentions by hand,
// as the tagger and the actor finder would.
func fixture(t testing.TB, text string, actors []who, times []when) (*timeline.Document, []timeline.Timex, []actor.Mention) {
	t.Helper()
	skipMisparsed(t)
	doc := &timeline.Document{ID: "doc", Text: text, Published: published, Sentences: splitLines(text)}
	var taken []timeline.Span
	free := func(s, e int) bool {
		for _, sp := range taken {
			if s < sp.End && sp.Start < e {
				return false
			}
		}
		return true
	}
	var timexes []timeline.Timex
	for _, w := range times {
		for _, at := range occurrences(text, w.text) {
			if !free(at, at+len(w.text)) {
				continue
			}
			taken = append(taken, timeline.Span{Start: at, End: at + len(w.text)})
			if strings.HasPrefix(w.value, "P") {
				timexes = append(timexes, timeline.Timex{Start: at, End: at + len(w.text), Text: w.text, Type: timeline.TypeDuration, Value: w.value})
				continue
			}
			iv := &timeline.Interval{Start: mustDate(t, w.start), End: mustDate(t, cmp.Or(w.end, w.start)), Granularity: cmp.Or(w.gran, timeline.Day)}
			timexes = append(timexes, timeline.Timex{Start: at, End: at + len(w.text), Text: w.text, Type: timeline.TypeDate, Value: cmp.Or(w.value, w.start), Interval: iv})
		}
	}
	specs := slices.Clone(actors)
	slices.SortStableFunc(specs, func(a, b who) int { return cmp.Compare(len(b.text), len(a.text)) })
	var mentions []actor.Mention
	for _, w := range specs {
		for _, at := range occurrences(text, w.text) {
			if !free(at, at+len(w.text)) {
				continue
			}
			taken = append(taken, timeline.Span{Start: at, End: at + len(w.text)})
			mentions = append(mentions, actor.Mention{
				Start: at, End: at + len(w.text), Text: w.text, Name: cmp.Or(w.name, w.text),
				Kind: cmp.Or(w.kind, timeline.Person), Country: w.country, ID: w.id, Role: w.role,
			})
		}
	}
	slices.SortFunc(timexes, func(a, b timeline.Timex) int { return cmp.Compare(a.Start, b.Start) })
	slices.SortFunc(mentions, func(a, b actor.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return doc, timexes, mentions
}

// occurrences returns where sub starts in text as a whole word.
func occurrences(text, sub string) []int {
	var out []int
	for i := 0; ; {
		k := strings.Index(text[i:], sub)
		if k < 0 {
			return out
		}
		at := i + k
		end := at + len(sub)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			out = append(out, at)
		}
		i = at + 1
	}
}

func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

func mustDate(t testing.TB, s string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The cast of the unit tests: invented people and places.
var cast = []who{
	{text: "Anna Berg", id: "anna-berg", country: "norland"},
	{text: "Berg", id: "anna-berg", name: "Anna Berg", country: "norland"},
	{text: "Ms Berg", id: "anna-berg", name: "Anna Berg", country: "norland"},
	{text: "Carl Dahl", id: "carl-dahl", country: "sudland"},
	{text: "Dahl", id: "carl-dahl", name: "Carl Dahl", country: "sudland"},
	{text: "Mr Dahl", id: "carl-dahl", name: "Carl Dahl", country: "sudland"},
	{text: "Eva Falk", id: "eva-falk", country: "norland"},
	{text: "Falk", id: "eva-falk", name: "Eva Falk", country: "norland"},
	{text: "Gus Holm", id: "gus-holm", country: "sudland"},
	{text: "Holm", id: "gus-holm", name: "Gus Holm", country: "sudland"},
	{text: "Norland", id: "norland", kind: timeline.Country},
	{text: "Sudland", id: "sudland", kind: timeline.Country},
	{text: "Norlish", id: "norland", name: "Norland", kind: timeline.Country},
	{text: "Sudlish", id: "sudland", name: "Sudland", kind: timeline.Country},
	{text: "Ostburg", id: "ostburg", kind: timeline.Place, country: "sudland"},
	{text: "Westhaven", id: "westhaven", kind: timeline.Place, country: "norland"},
	{text: "Riverton", id: "riverton", kind: timeline.Place},
	{text: "the Palace", id: "sudland-presidency", name: "Sudland presidency", kind: timeline.Organization, country: "sudland"},
	{text: "TV One", id: "tv-one", kind: timeline.Organization},
	{text: "CNN", id: "cnn", kind: timeline.Organization},
	{text: "Kremlin", id: "russian-presidency", name: "Russian presidency", kind: timeline.Organization, country: "russia"},
	{text: "Norlish officials", id: "norland-officials", kind: timeline.Group, country: "norland"},
	{text: "Sudlish negotiators", id: "sudland-officials", kind: timeline.Group, country: "sudland"},
	{text: "President Ida Lund", id: "ida-lund", name: "Ida Lund", role: "Norlish president", country: "norland"},
	{text: "President Ole Moe", id: "ole-moe", name: "Ole Moe", role: "Sudlish president", country: "sudland"},
	{text: "Capitol", id: "norland-government", name: "Norlish government", kind: timeline.Organization, country: "norland"},
}

var dates = []when{
	{text: "since 2022", start: "2022-01-01", end: "2025-03-17", gran: timeline.Year, value: "2022"},
	{text: "on Monday", start: "2025-03-17"},
	{text: "on Saturday", start: "2025-03-15"},
	{text: "on Sunday", start: "2025-03-16"},
	{text: "on Wednesday", start: "2025-03-12"},
	{text: "On Wednesday", start: "2025-03-12"},
	{text: "last week", start: "2025-03-10", end: "2025-03-16", gran: timeline.Week},
	{text: "this week", start: "2025-03-17", end: "2025-03-23", gran: timeline.Week},
	{text: "in 2022", start: "2022-01-01", end: "2022-12-31", gran: timeline.Year},
	{text: "2022", start: "2022-01-01", end: "2022-12-31", gran: timeline.Year},
	{text: "next month", start: "2025-04-01", end: "2025-04-30", gran: timeline.Month},
}

// extractText runs Document on text with the cast and dates.
func extractText(t testing.TB, text string) Result {
	t.Helper()
	doc, tx, am := fixture(t, text, cast, dates)
	return Document(doc, tx, am, nil)
}

// find returns the first event of kind, or fails.
func find(t *testing.T, r Result, kind string) EventMention {
	t.Helper()
	for _, e := range r.Events {
		if e.Kind == kind {
			return e
		}
	}
	t.Fatalf("no %s event in %s", kind, describe(r))
	return EventMention{}
}

func describe(r Result) string {
	var b strings.Builder
	for i, e := range r.Events {
		when := "-"
		if e.When != nil {
			when = e.When.Start.String() + ".." + e.When.End.String()
		}
		b.WriteString("\n  ")
		b.WriteString(strings.Join([]string{itoa(i), e.Kind, e.Status, when, e.Summary, actorsOf(e)}, " | "))
	}
	for _, l := range r.Links {
		b.WriteString("\n  link " + itoa(l.From) + " " + l.Kind + " " + itoa(l.To) + " (" + l.Cue + ")")
	}
	return b.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

func actorsOf(e EventMention) string {
	var parts []string
	for _, a := range e.Actors {
		parts = append(parts, a.Role+":"+a.ID)
	}
	return strings.Join(parts, ",")
}

// summaries lists the summaries of r's events, in order.
func summaries(r Result) []string {
	out := make([]string, len(r.Events))
	for i, e := range r.Events {
		out[i] = e.Summary
	}
	return out
}

// agent returns the id of e's agent, or "".
func agent(e EventMention) string {
	if len(e.Actors) > 0 && e.Actors[0].Role == timeline.RoleAgent {
		return e.Actors[0].ID
	}
	return ""
}

// others returns the ids of e's actors after the agent, in order.
func others(e EventMention) []string {
	var out []string
	for i, a := range e.Actors {
		if i > 0 || a.Role != timeline.RoleAgent {
			out = append(out, a.Role+":"+a.ID)
		}
	}
	return out
}

// More dates for the article in testdata.
var articleDates = append(slices.Clone(dates),
	when{text: "On Wednesday", start: "2025-03-12"},
	when{text: "on Sunday", start: "2025-03-16"},
)

// statusCase is a text, the lemma of an event it tells and the status
// that event should have.
type statusCase struct{ text, trigger, status string }

// runStatusCases reads each case's text through the parse and checks the
// status of the first event of its trigger.
func runStatusCases(t *testing.T, tests []statusCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Status != tt.status {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Status, tt.status, describe(r))
			}
		})
	}
}
