package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

const (
	goldPath     = "../../testdata/gold.json"
	articlesPath = "../../testdata/articles"
	// The second story: an invented earthquake, its rescue, aid, blame,
	// arrest, trial steps and resignation, in its own folder.
	quakeGoldPath     = "../../testdata/quake/gold.json"
	quakeArticlesPath = "../../testdata/quake/articles"
)

// goldEvent is one event of a gold file (testdata/gold.json,
// testdata/quake/gold.json): what a reader of the articles finds, with the
// documents that tell it.
type goldEvent struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	AltKinds []string      `json:"alt_kinds"` // other kinds a fair reading allows
	Actors   []string      `json:"actors"`
	Start    timeline.Date `json:"start"`
	End      timeline.Date `json:"end"`
	Status   string        `json:"status"`
	Docs     []string      `json:"docs"`
	Core     bool          `json:"core"` // the events the articles are about
}

type gold struct {
	Events  []goldEvent `json:"events"`
	Aliases [][]string  `json:"aliases"` // names that must be one actor
}

func readGold(t *testing.T, path string) gold {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

func readDocs(t *testing.T, path string) []timeline.Document {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	docs, diags := ingest.ReadPaths([]string{path}, nil, ingest.Options{})
	for _, d := range diags {
		if !d.Warning {
			t.Fatalf("%s: %s", d.Path, d.Message)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", path)
	}
	return docs
}

// kindFamily groups the kinds that name the same sort of happening, as a
// reader would count them: talks are a meeting, a demand is a statement.
func kindFamily(kind string) string {
	switch kind {
	case "meeting", "talks", "visit", "summit":
		return "meeting"
	case "statement", "announcement", "demand", "warning", "accusation", "rejection":
		return "speech"
	}
	return kind
}

// future reports whether status is about what is yet to happen.
func future(status string) bool {
	return status == timeline.Expected || status == timeline.Planned
}

// found reports whether system event ev tells gold event g: a kind of the
// same family, the same tense, enough of the same actors (all of them up
// to two), and a date that overlaps the gold dates.
func found(g goldEvent, ev timeline.Event) bool {
	return len(mismatches(g, ev)) == 0
}

// mismatches lists what keeps system event ev from telling gold event g,
// in found's terms: "undated", "dated S..E", "status S", "kind K",
// "actors [...]". None means ev tells g.
func mismatches(g goldEvent, ev timeline.Event) []string {
	var why []string
	switch gi := (timeline.Interval{Start: g.Start, End: g.End}); {
	case ev.When == nil:
		why = append(why, "undated")
	case !ev.When.Interval().Overlaps(gi):
		why = append(why, fmt.Sprintf("dated %s..%s", ev.When.Start, ev.When.End))
	}
	if future(g.Status) != future(ev.Status) {
		why = append(why, "status "+ev.Status)
	}
	fam := kindFamily(ev.Kind)
	if kindFamily(g.Kind) != fam && !slices.ContainsFunc(g.AltKinds, func(k string) bool { return kindFamily(k) == fam }) {
		why = append(why, "kind "+ev.Kind)
	}
	shared := 0
	var ids []string
	for _, p := range ev.Actors {
		ids = append(ids, p.ID)
		if slices.Contains(g.Actors, p.ID) {
			shared++
		}
	}
	if shared < min(2, len(g.Actors)) {
		why = append(why, fmt.Sprintf("actors %v", ids))
	}
	return why
}

// nearMiss describes the system event closest to telling gold event g
// among those told by g's documents: the one that fails the fewest of
// found's tests (two at most), then shares the most of g's actors, and
// what it has instead. It says why g was missed.
func nearMiss(g goldEvent, events []timeline.Event) string {
	best, bestWhy, bestShared := -1, []string(nil), 0
	for i, ev := range events {
		if !slices.ContainsFunc(eventDocs(ev), func(d string) bool { return slices.Contains(g.Docs, d) }) {
			continue
		}
		why := mismatches(g, ev)
		shared := 0
		for _, p := range ev.Actors {
			if slices.Contains(g.Actors, p.ID) {
				shared++
			}
		}
		if len(why) == 0 || len(why) > 2 || (best >= 0 && (len(why) > len(bestWhy) || len(why) == len(bestWhy) && shared <= bestShared)) {
			continue
		}
		best, bestWhy, bestShared = i, why, shared
	}
	if best < 0 {
		return "its documents tell no event near it"
	}
	return fmt.Sprintf("nearest has %s: %q", strings.Join(bestWhy, ", "), events[best].Summary)
}

func eventDocs(ev timeline.Event) []string {
	var docs []string
	for _, m := range ev.Mentions {
		docs = append(docs, m.Doc)
	}
	slices.Sort(docs)
	return slices.Compact(docs)
}

// scores are the evaluation's numbers, each a fraction in [0, 1].
type scores struct {
	precision  float64 // dated system events that tell a gold event
	recall     float64 // gold events told by a dated system event
	f1         float64 // the harmonic mean of precision and recall
	coreRecall float64 // the same, for the events the articles are about
	merged     float64 // gold events told by ≥2 documents, found as one event with all of them
	docRecall  float64 // of those events' documents, the share the best system event has
	aliases    float64 // alias groups whose names in the articles are one actor
}

func (s scores) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  core recall %.3f  merged %.3f  merge doc recall %.3f  aliases %.3f",
		s.precision, s.recall, s.f1, s.coreRecall, s.merged, s.docRecall, s.aliases)
}

// score scores the timeline a reader sees: the events of at least the
// default salience (the events document keeps the rest too).
func score(g gold, all *timeline.Timeline, docs []timeline.Document) scores {
	var s scores
	tl := all.Salient(timeline.DefaultMinSalience)
	s.precision, s.recall, s.coreRecall = eventScores(g, tl.Events)
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	s.merged, s.docRecall = mergeScores(g, tl.Events)
	s.aliases = aliasScore(g, tl.Actors, docs)
	return s
}

func eventScores(g gold, events []timeline.Event) (precision, recall, coreRecall float64) {
	dated, matched := 0, 0
	for _, ev := range events {
		if ev.When == nil {
			continue
		}
		dated++
		if slices.ContainsFunc(g.Events, func(ge goldEvent) bool { return found(ge, ev) }) {
			matched++
		}
	}
	hits, core, coreHits := 0, 0, 0
	for _, ge := range g.Events {
		hit := slices.ContainsFunc(events, func(ev timeline.Event) bool { return found(ge, ev) })
		if hit {
			hits++
		}
		if ge.Core {
			core++
			if hit {
				coreHits++
			}
		}
	}
	return ratio(matched, dated), ratio(hits, len(g.Events)), ratio(coreHits, core)
}

func mergeScores(g gold, events []timeline.Event) (merged, docRecall float64) {
	multi, full, docsTold, docsFound := 0, 0, 0, 0
	for _, ge := range g.Events {
		if len(ge.Docs) < 2 {
			continue
		}
		multi++
		docsTold += len(ge.Docs)
		best := bestDocCount(ge, events)
		docsFound += best
		if best == len(ge.Docs) {
			full++
		}
	}
	return ratio(full, multi), ratio(docsFound, docsTold)
}

// bestDocCount returns how many of ge's documents the system event that
// tells ge with the most of them has.
func bestDocCount(ge goldEvent, events []timeline.Event) int {
	best := 0
	for _, ev := range events {
		if !found(ge, ev) {
			continue
		}
		have := eventDocs(ev)
		n := 0
		for _, d := range ge.Docs {
			if slices.Contains(have, d) {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}

// aliasScore counts the alias groups whose names, among those the articles
// use, all belong to one actor.
func aliasScore(g gold, actors []timeline.Actor, docs []timeline.Document) float64 {
	owner := map[string][]string{}
	for _, a := range actors {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			owner[name] = append(owner[name], a.ID)
		}
	}
	good, groups := 0, 0
	for _, group := range g.Aliases {
		ids, used := map[string]bool{}, 0
		for _, name := range group {
			if !usedIn(name, docs) {
				continue
			}
			used++
			for _, id := range owner[name] {
				ids[id] = true
			}
			if len(owner[name]) == 0 {
				ids[""] = true // a name used but found as no actor
			}
		}
		if used == 0 {
			continue
		}
		groups++
		if len(ids) == 1 && !ids[""] {
			good++
		}
	}
	return ratio(good, groups)
}

func usedIn(name string, docs []timeline.Document) bool {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
	return slices.ContainsFunc(docs, func(d timeline.Document) bool { return re.MatchString(d.Text) })
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// floors are the least scores a story must reach.
type floors struct {
	precision, recall, f1, coreRecall, merged, docRecall, aliases float64
}

// goldStories are the example stories with gold events. The floors sit
// just under what the pipeline reaches on each, so that a regression fails.
var goldStories = []struct {
	name           string
	gold, articles string
	floors         floors
}{
	// Diplomatic talks: calls, meetings and statements of known
	// leaders.
	{"talks", goldPath, articlesPath, floors{
		// Precision and recall trade against each other as extraction
		// changes; F1 holds the line between them. The second merging
		// pass, which ECB+ asks for, costs this story some precision:
		// its merged events are dated and salient where their parts
		// were not.
		precision: 0.50, recall: 0.66, f1: 0.57, coreRecall: 0.80,
		merged: 0.33, docRecall: 0.50, aliases: 0.95,
	}},
	// An earthquake in an invented country: invented people, places and
	// organisations (none in the gazetteer), disaster, rescue, legal and
	// political events, a wire copy without a year in its dateline.
	// Most of its misses are events left undated or dated by the wrong
	// expression, wrong kinds, and tellings of one event in different
	// words (quake, earthquake, struck) left apart.
	// Precision and recall swing with how many events are kept; F1
	// holds the line.
	{"quake", quakeGoldPath, quakeArticlesPath, floors{
		precision: 0.72, recall: 0.37, f1: 0.49, coreRecall: 0.42,
		merged: 0.18, docRecall: 0.19, aliases: 0.95,
	}},
}

// TestEvalGold scores the pipeline against the gold events of each story,
// logs the scores and the gold events missed or split, and checks the
// floors.
func TestEvalGold(t *testing.T) {
	for _, story := range goldStories {
		t.Run(story.name, func(t *testing.T) {
			g := readGold(t, story.gold)
			docs := readDocs(t, story.articles)
			tl := Build(docs)
			s := score(g, tl, docs)
			t.Logf("%d documents, %d gold events, %d system events (%d dated)", len(docs), len(g.Events), len(tl.Events), countDated(tl.Events))
			t.Logf("%v", s)
			for _, ge := range g.Events {
				switch n := bestDocCount(ge, tl.Events); {
				case n == 0:
					t.Logf("missed %s %s %v %s..%s; %s", ge.ID, ge.Kind, ge.Actors, ge.Start, ge.End, nearMiss(ge, tl.Events))
				case len(ge.Docs) > 1:
					t.Logf("found  %s %s %v told by %d of %d documents in one event", ge.ID, ge.Kind, ge.Actors, n, len(ge.Docs))
				}
			}
			f := story.floors
			for _, c := range []struct {
				name       string
				got, floor float64
			}{
				{"precision", s.precision, f.precision},
				{"recall", s.recall, f.recall},
				{"F1", s.f1, f.f1},
				{"core recall", s.coreRecall, f.coreRecall},
				{"merged", s.merged, f.merged},
				{"merge doc recall", s.docRecall, f.docRecall},
				{"aliases", s.aliases, f.aliases},
			} {
				t.Run(c.name, func(t *testing.T) {
					if c.got < c.floor {
						t.Errorf("%s = %.3f, below the floor %.3f", c.name, c.got, c.floor)
					}
				})
			}
		})
	}
}

func countDated(events []timeline.Event) int {
	n := 0
	for _, ev := range events {
		if ev.When != nil {
			n++
		}
	}
	return n
}

// TestScoreRules checks the scorer itself on events made by hand.
func TestScoreRules(t *testing.T) {
	day := func(s string) timeline.Date {
		d, err := timeline.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	call := goldEvent{Kind: "call", Actors: []string{"trump", "putin"}, Start: day("2025-02-12"), End: day("2025-02-12"), Status: timeline.Occurred, Docs: []string{"a", "b"}}
	event := func(kind, status, from, to string, actors ...string) timeline.Event {
		ev := timeline.Event{Kind: kind, Status: status, When: &timeline.When{Start: day(from), End: day(to)}}
		for _, a := range actors {
			ev.Actors = append(ev.Actors, timeline.Participant{ID: a})
		}
		return ev
	}
	tests := []struct {
		name string
		ev   timeline.Event
		want bool
	}{
		{"same call", event("call", timeline.Occurred, "2025-02-12", "2025-02-12", "putin", "trump"), true},
		{"a month around it", event("call", timeline.Reported, "2025-02-01", "2025-02-28", "trump", "putin", "zelensky"), true},
		{"another day", event("call", timeline.Occurred, "2025-02-13", "2025-02-13", "trump", "putin"), false},
		{"one actor short", event("call", timeline.Occurred, "2025-02-12", "2025-02-12", "trump"), false},
		{"another family", event("meeting", timeline.Occurred, "2025-02-12", "2025-02-12", "trump", "putin"), false},
		{"expected, not occurred", event("call", timeline.Expected, "2025-02-12", "2025-02-12", "trump", "putin"), false},
		{"undated", timeline.Event{Kind: "call", Status: timeline.Occurred, Actors: []timeline.Participant{{ID: "trump"}, {ID: "putin"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := found(call, tt.ev); got != tt.want {
				t.Errorf("found = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("near misses", func(t *testing.T) {
		short := event("call", timeline.Occurred, "2025-02-12", "2025-02-12", "trump")
		short.Summary = "Trump called"
		if got, want := mismatches(call, short), []string{"actors [trump]"}; !slices.Equal(got, want) {
			t.Errorf("mismatches = %q, want %q", got, want)
		}
		late := event("meeting", timeline.Occurred, "2025-02-13", "2025-02-13", "trump", "putin")
		if got, want := mismatches(call, late), []string{"dated 2025-02-13..2025-02-13", "kind meeting"}; !slices.Equal(got, want) {
			t.Errorf("mismatches = %q, want %q", got, want)
		}
		short.Mentions = []timeline.Mention{{Doc: "a"}}
		late.Mentions = []timeline.Mention{{Doc: "b"}}
		if got, want := nearMiss(call, []timeline.Event{late, short}), `nearest has actors [trump]: "Trump called"`; got != want {
			t.Errorf("nearMiss = %s, want %s", got, want)
		}
		short.Mentions = []timeline.Mention{{Doc: "c"}}
		late.Mentions = short.Mentions
		if got, want := nearMiss(call, []timeline.Event{late, short}), "its documents tell no event near it"; got != want {
			t.Errorf("nearMiss of events from other documents = %s, want %s", got, want)
		}
	})
	t.Run("merges", func(t *testing.T) {
		a := event("call", timeline.Occurred, "2025-02-12", "2025-02-12", "trump", "putin")
		a.Mentions = []timeline.Mention{{Doc: "a"}}
		b := a
		b.Mentions = []timeline.Mention{{Doc: "b"}}
		g := gold{Events: []goldEvent{call}}
		if merged, docs := mergeScores(g, []timeline.Event{a, b}); merged != 0 || docs != 0.5 {
			t.Errorf("two events of one doc each: merged %.2f, doc recall %.2f; want 0, 0.5", merged, docs)
		}
		a.Mentions = append(a.Mentions, b.Mentions...)
		if merged, docs := mergeScores(g, []timeline.Event{a}); merged != 1 || docs != 1 {
			t.Errorf("one event of both docs: merged %.2f, doc recall %.2f; want 1, 1", merged, docs)
		}
	})
	t.Run("page noise", func(t *testing.T) {
		for name, want := range map[string]bool{"THE DAILY STAR": true, "Advertisement": true, "Subscribe": true, "NATO": false, "Kaja Kallas": false, "Kyiv School of Economics": false} {
			if got := pageNoise.MatchString(name); got != want {
				t.Errorf("pageNoise(%q) = %v, want %v", name, got, want)
			}
		}
	})
	t.Run("aliases", func(t *testing.T) {
		docs := []timeline.Document{{Text: "Mr Witkoff met Putin. Steve Witcoff said so."}}
		g := gold{Aliases: [][]string{{"Steve Witkoff", "Mr Witkoff", "Steve Witcoff"}, {"Vladimir Putin", "Putin"}}}
		one := []timeline.Actor{{ID: "steve-witkoff", Name: "Steve Witkoff", Aliases: []string{"Mr Witkoff", "Steve Witcoff"}}, {ID: "vladimir-putin", Name: "Vladimir Putin", Aliases: []string{"Putin"}}}
		if got := aliasScore(g, one, docs); got != 1 {
			t.Errorf("one actor per group: score %.2f, want 1", got)
		}
		split := []timeline.Actor{{ID: "steve-witkoff", Name: "Steve Witkoff", Aliases: []string{"Mr Witkoff"}}, {ID: "steve-witcoff", Name: "Steve Witcoff"}, {ID: "vladimir-putin", Name: "Vladimir Putin", Aliases: []string{"Putin"}}}
		if got := aliasScore(g, split, docs); got != 0.5 {
			t.Errorf("a split group: score %.2f, want 0.5", got)
		}
	})
}

const seedsPath = "../../../shared/corpus/seeds.jsonl"

// seedEvent describes an event the seed articles must show.
type seedEvent struct {
	family   string   // kind family, as kindFamily gives
	actors   []string // actor ids the event must have
	status   string   // "" for any
	from, to string   // the event's when must lie inside [from, to]
	docs     []string // prefixes of document ids that must tell it
	place    string   // a place the event must name, or ""
}

// holds reports whether ev is the described event.
func (s seedEvent) holds(ev timeline.Event) bool {
	if kindFamily(ev.Kind) != s.family || (s.status != "" && ev.Status != s.status) {
		return false
	}
	for _, a := range s.actors {
		if !slices.ContainsFunc(ev.Actors, func(p timeline.Participant) bool { return p.ID == a }) {
			return false
		}
	}
	if s.from != "" && (ev.When == nil || ev.When.Start.String() < s.from || ev.When.End.String() > s.to) {
		return false
	}
	if s.place != "" && !slices.Contains(ev.Places, s.place) {
		return false
	}
	docs := eventDocs(ev)
	for _, prefix := range s.docs {
		if !slices.ContainsFunc(docs, func(d string) bool { return strings.HasPrefix(d, prefix) }) {
			return false
		}
	}
	return true
}

// oneActor reports whether every actor name containing stem belongs to
// one actor, and some does.
func oneActor(actors []timeline.Actor, stem string) bool {
	var owners []string
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(n, stem) && !slices.Contains(owners, a.ID) {
				owners = append(owners, a.ID)
			}
		}
	}
	return len(owners) == 1
}

// pageNoise matches actor names that are page furniture, not actors: site
// chrome words, and shouted mastheads of several words ("THE DAILY").
var pageNoise = regexp.MustCompile(`(?i:advert|subscri|comment|follower|\blog ?(in|out)\b|register|newsletter|cookie|related|share|source link)|^[A-Z]+( [A-Z]+)+$`)

// TestSeedMustShows builds the timeline of the seed articles, logs its
// events and checks what the seeds must show. Checks marked pending are
// reported, not asserted: they need work in other stages.
func TestSeedMustShows(t *testing.T) {
	docs := readDocs(t, seedsPath)
	tl := Build(docs)
	for _, ev := range tl.Events {
		when := "undated"
		if ev.When != nil {
			when = ev.When.Start.String() + ".." + ev.When.End.String()
		}
		t.Logf("%-22s %-12s %-9s %v %s", when, ev.Kind, ev.Status, eventDocs(ev), ev.Summary)
	}
	event := func(s seedEvent) func() bool {
		return func() bool { return slices.ContainsFunc(tl.Events, s.holds) }
	}
	checks := []struct {
		name    string
		pending bool
		holds   func() bool
	}{
		{"Witkoff meets Putin in Moscow in 2025-03-10..16, told by 000 and 001", false,
			event(seedEvent{family: "meeting", actors: []string{"steve-witkoff", "vladimir-putin"}, status: timeline.Occurred, from: "2025-03-10", to: "2025-03-16", docs: []string{"000_", "001_"}, place: "Moscow"})},
		{"Trump sidelines Kellogg on 2025-03-15", false,
			event(seedEvent{family: "dismissal", actors: []string{"donald-trump", "keith-kellogg"}, from: "2025-03-15", to: "2025-03-15"})},
		{"the Riyadh talks in 2025-02-17..23", false,
			event(seedEvent{family: "meeting", from: "2025-02-17", to: "2025-02-23", place: "Riyadh"})},
		{"the Trump-Putin call of 2025-02-12 from 003 and 004", false,
			event(seedEvent{family: "call", actors: []string{"donald-trump", "vladimir-putin"}, status: timeline.Occurred, from: "2025-02-12", to: "2025-02-12", docs: []string{"003_", "004_"}})},
		{"Peskov's press conference on 2025-02-25", false,
			event(seedEvent{family: "speech", actors: []string{"dmitry-peskov"}, from: "2025-02-25", to: "2025-02-25"})},
		{"Grushko's demand on 2025-03-17 from 000 and 002", false,
			event(seedEvent{family: "speech", actors: []string{"alexander-grushko"}, from: "2025-03-17", to: "2025-03-17", docs: []string{"000_", "002_"}})},
		{"the Trump-Putin call expected this week", false,
			event(seedEvent{family: "call", actors: []string{"donald-trump", "vladimir-putin"}, status: timeline.Expected, from: "2025-03-10", to: "2025-03-23"})},
		{"Witkoff and Witcoff are one actor", false, func() bool { return oneActor(tl.Actors, "Witkoff") && oneActor(tl.Actors, "Witcoff") }},
		{"Zelensky, Zelenskyy and Zelenskiy are one actor", false, func() bool { return oneActor(tl.Actors, "Zelensk") }},
		{"no actor from page noise", false, func() bool {
			return !slices.ContainsFunc(tl.Actors, func(a timeline.Actor) bool { return pageNoise.MatchString(a.Name) })
		}},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			switch ok := c.holds(); {
			case ok && c.pending:
				t.Logf("shown (pending check now holds: assert it)")
			case ok:
				t.Logf("shown")
			case c.pending:
				t.Logf("not shown yet")
			default:
				t.Errorf("not shown")
			}
		})
	}
}
