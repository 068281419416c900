package pipeline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// How a timeline is scored against a gold file: which system event tells
// which gold event, and the scores TestEvalGold checks.

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
	tl := all.Salient(timeline.DefaultMinSalience, timeline.DefaultMinConfidence)
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
