package resolve

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/golden"
)

// scenario is a small news week told by three documents, with links.
func scenario(t testing.TB) []extract.Result {
	t.Helper()
	rs := results(t, []m{
		{doc: "d1", at: 0, kind: "call", actors: "a:trump p:putin", when: "2025-02-12", places: "Washington"},
		{doc: "d1", at: 80, kind: "statement", actors: "a:trump", when: "2025-02-12"},
		{doc: "d1", at: 160, kind: "call", actors: "a:trump p:zelensky", when: "2025-02-12"},
		{doc: "d2", at: 20, kind: "call", status: timeline.Reported, actors: "a:putin p:trump", when: "2025-02-01..2025-02-25/month"},
		{doc: "d2", at: 140, kind: "rejection", actors: "a:peskov", when: "2025-02-25"},
		{doc: "d2", at: 300, kind: "meeting", actors: "a:rubio p:lavrov", when: "2025-02-17..2025-02-23/week", places: "Riyadh"},
		{doc: "d3", at: 5, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week", places: "Moscow"},
		{doc: "d3", at: 90, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-17..2025-03-23/week"},
		{doc: "d3", at: 200, kind: "meeting", actors: "a:witkoff p:putin"},
		{doc: "d4", at: 7, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
		{doc: "d4", at: 70, kind: "call", status: timeline.Expected, actors: "a:putin p:trump", when: "2025-03-10..2025-03-16/week"},
		{doc: "d4", at: 150, kind: "appointment", actors: "a:trump t:kellogg"},
	})
	// d1: the Zelensky call follows the Putin call; d2: Peskov's rejection
	// responds to the call; d4 tells the same responds_to twice.
	rs[0].Links = []extract.LinkMention{{From: 2, To: 0, Kind: timeline.Causes, Cue: "followed it up", Confidence: 0.5}}
	rs[1].Links = []extract.LinkMention{
		{From: 1, To: 0, Kind: timeline.RespondsTo, Cue: "responding to", Confidence: 0.8},
		{From: 1, To: 0, Kind: timeline.RespondsTo, Cue: "after", Confidence: 0.6},
		{From: 0, To: 0, Kind: timeline.Causes, Cue: "self", Confidence: 1},
		{From: 0, To: 9, Kind: timeline.Causes, Cue: "out of range", Confidence: 1},
	}
	return rs
}

func TestMergeGolden(t *testing.T) {
	events, links := Merge(scenario(t))
	got, err := json.MarshalIndent(struct {
		Events []timeline.Event `json:"events"`
		Links  []timeline.Link  `json:"links"`
	}{events, links}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, "testdata/scenario.json", append(got, '\n'))
}

func TestMergeIndependentOfOrder(t *testing.T) {
	wantEvents, wantLinks := Merge(scenario(t))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		t.Run("shuffle", func(t *testing.T) {
			rs := shuffled(scenario(t), rng)
			events, links := Merge(rs)
			if !reflect.DeepEqual(events, wantEvents) {
				t.Errorf("shuffle %d: events differ", i)
			}
			if !reflect.DeepEqual(links, wantLinks) {
				t.Errorf("shuffle %d: links differ:\n got %+v\nwant %+v", i, links, wantLinks)
			}
		})
	}
}

// shuffled permutes the results and the events inside each, renumbering
// the links.
func shuffled(rs []extract.Result, rng *rand.Rand) []extract.Result {
	rng.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
	for ri := range rs {
		perm := rng.Perm(len(rs[ri].Events))
		events := make([]extract.EventMention, len(perm))
		for old, nu := range perm {
			events[nu] = rs[ri].Events[old]
		}
		rs[ri].Events = events
		for li := range rs[ri].Links {
			l := &rs[ri].Links[li]
			if l.From >= 0 && l.From < len(perm) {
				l.From = perm[l.From]
			}
			if l.To >= 0 && l.To < len(perm) {
				l.To = perm[l.To]
			}
		}
		rng.Shuffle(len(rs[ri].Links), func(i, j int) { rs[ri].Links[i], rs[ri].Links[j] = rs[ri].Links[j], rs[ri].Links[i] })
	}
	return rs
}

func TestMergeOutputOrder(t *testing.T) {
	events, links := Merge(scenario(t))
	idPattern := regexp.MustCompile(`^e-[0-9a-f]{10}(-[0-9]+)?$`)
	t.Run("ids", func(t *testing.T) {
		seen := map[string]bool{}
		for _, ev := range events {
			if !idPattern.MatchString(ev.ID) || seen[ev.ID] {
				t.Errorf("bad or repeated id %q", ev.ID)
			}
			seen[ev.ID] = true
		}
	})
	t.Run("events by start, undated last", func(t *testing.T) {
		if !slices.IsSortedFunc(events, func(a, b timeline.Event) int { return compareEvents(&a, &b) }) {
			t.Errorf("events not sorted")
		}
		if last := events[len(events)-1]; last.When != nil {
			t.Errorf("last event is dated %v; the undated appointment should be last", last.When.Start)
		}
	})
	t.Run("mentions by doc and start", func(t *testing.T) {
		for _, ev := range events {
			if !slices.IsSortedFunc(ev.Mentions, compareTelling) {
				t.Errorf("%s: mentions not sorted", ev.ID)
			}
		}
	})
	t.Run("links", func(t *testing.T) {
		byID := map[string]timeline.Event{}
		for _, ev := range events {
			byID[ev.ID] = ev
		}
		if len(links) != 2 {
			t.Fatalf("got %d links, want 2 (one per distinct relation): %+v", len(links), links)
		}
		for _, l := range links {
			if l.From == l.To {
				t.Errorf("self-link %+v", l)
			}
			if byID[l.From].ID == "" || byID[l.To].ID == "" {
				t.Errorf("link to an unknown event %+v", l)
			}
			if l.Kind == timeline.RespondsTo && (l.Cue != "responding to" || l.Confidence != 0.8 || byID[l.From].Kind != "rejection") {
				t.Errorf("responds_to kept %+v, want the most confident telling from the rejection", l)
			}
		}
		if !slices.IsSortedFunc(links, compareLinks) {
			t.Errorf("links not sorted")
		}
	})
}

func TestMergeIDsStable(t *testing.T) {
	a, _ := Merge(scenario(t))
	// Adding an unrelated document must not change the other events' ids.
	rs := append(scenario(t), results(t, []m{{doc: "d9", at: 1, kind: "attack", actors: "a:russia t:sumy", when: "2025-03-01"}})...)
	b, _ := Merge(rs)
	ids := func(evs []timeline.Event) map[string]bool {
		out := map[string]bool{}
		for _, ev := range evs {
			out[ev.ID] = true
		}
		return out
	}
	ib := ids(b)
	for id := range ids(a) {
		if !ib[id] {
			t.Errorf("id %s lost when an unrelated document was added", id)
		}
	}
	if len(b) != len(a)+1 {
		t.Errorf("got %d events, want %d", len(b), len(a)+1)
	}
}

func TestMergeEmpty(t *testing.T) {
	tests := []struct {
		name string
		in   []extract.Result
	}{
		{"nil", nil},
		{"documents without events", []extract.Result{{Doc: "a"}, {Doc: "b", Links: []extract.LinkMention{{From: 0, To: 1}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, links := Merge(tt.in)
			if len(events) != 0 || len(links) != 0 {
				t.Errorf("got %d events, %d links from nothing", len(events), len(links))
			}
		})
	}
}

func TestDayNumber(t *testing.T) {
	tests := []struct {
		date string
		want int32
	}{
		{"1970-01-01", 0},
		{"1969-12-31", -1},
		{"2000-03-01", 11017},
		{"2025-02-12", 20131},
		{"0001-01-01", -719162},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			d, err := timeline.ParseDate(tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if got := dayNumber(d); got != tt.want {
				t.Errorf("dayNumber = %d, want %d", got, tt.want)
			}
			if back := dateOfDay(tt.want); back != d {
				t.Errorf("dateOfDay(%d) = %v, want %v", tt.want, back, d)
			}
		})
	}
	t.Run("agrees with time for every day of four centuries", func(t *testing.T) {
		d := timeline.NewDate(1900, 1, 1)
		for n := dayNumber(d); d.Year < 2300; n++ {
			if got := dayNumber(d); got != n {
				t.Fatalf("dayNumber(%v) = %d, want %d", d, got, n)
			}
			if got := dateOfDay(n); got != d {
				t.Fatalf("dateOfDay(%d) = %v, want %v", n, got, d)
			}
			d = d.AddDays(1)
		}
	})
}

func TestMergeLargeIndependentOfOrder(t *testing.T) {
	rs := synthetic(6000)
	want, _ := Merge(rs)
	if len(want) < 2*parallelChunk {
		t.Fatalf("only %d events: too few to build in parallel", len(want))
	}
	got, _ := Merge(shuffled(rs, rand.New(rand.NewPCG(5, 6))))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a shuffled synthetic corpus gives other events")
	}
	checkInvariants(t, rs, got, nil)
}

func TestPublishedDates(t *testing.T) {
	day := timeline.NewDate(2025, 3, 17)
	got := PublishedDates([]timeline.Document{{ID: "a", Published: day}, {ID: "b"}})
	if len(got) != 1 || got["a"] != day {
		t.Errorf("PublishedDates = %v, want only a: %v", got, day)
	}
}
