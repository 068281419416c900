package layout_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func loadFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	data, err := os.ReadFile("testdata/ceasefire.json")
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatalf("testdata/ceasefire.json: %v", err)
	}
	return &tl
}

func day(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// synthetic returns a timeline of n events told by a handful of actors over
// ten weeks, with background events years earlier, every status and
// granularity, and summaries of every length.
func synthetic(n int, seed uint64) *timeline.Timeline {
	rng := rand.New(rand.NewPCG(seed, 7))
	tl := &timeline.Timeline{Schema: timeline.Schema}
	for i := range 12 {
		id := "actor-" + strconv.Itoa(i)
		tl.Actors = append(tl.Actors, timeline.Actor{ID: id, Name: "Actor " + strconv.Itoa(i), Kind: timeline.Person, Mentions: 12 - i})
	}
	for i := range 20 {
		tl.Documents = append(tl.Documents, timeline.Document{
			ID: "doc-" + strconv.Itoa(i), Title: "Report " + strconv.Itoa(i),
			URL: "https://example.com/" + strconv.Itoa(i), Published: day("2025-02-10").AddDays(rng.IntN(60)),
		})
	}
	statuses := []string{timeline.Occurred, timeline.Occurred, timeline.Expected, timeline.Planned, timeline.Reported, timeline.Denied, timeline.Hypothetical}
	words := []string{"talks", "ceasefire", "envoy", "meets", "Kremlin", "says", "rejects", "proposal", "in", "Riyadh", "Washington", "a", "thirty-day", "truce"}
	base := day("2025-02-01")
	for i := range n {
		start := base.AddDays(rng.IntN(70))
		if rng.IntN(50) == 0 {
			start = day("2014-03-01").AddDays(rng.IntN(2000))
		}
		w := &timeline.When{Start: start, End: start, Granularity: timeline.Day, Value: start.String(), Doc: "doc-" + strconv.Itoa(rng.IntN(20))}
		switch rng.IntN(6) {
		case 0:
			w.End, w.Granularity = start.AddDays(6), timeline.Week
		case 1:
			w.End = start.AddDays(1 + rng.IntN(4))
		case 2:
			w.End, w.Granularity = start.AddDays(29), timeline.Month
		}
		summary := ""
		for range 2 + rng.IntN(12) {
			summary += words[rng.IntN(len(words))] + " "
		}
		ev := timeline.Event{
			ID: "ev-" + strconv.Itoa(i), Kind: "meeting", Summary: summary, When: w,
			Status: statuses[rng.IntN(len(statuses))],
		}
		for range 1 + rng.IntN(3) {
			ev.Actors = append(ev.Actors, timeline.Participant{ID: "actor-" + strconv.Itoa(rng.IntN(12)), Role: timeline.RoleParticipant})
		}
		ev.Actors[0].Role = timeline.RoleAgent
		for range 1 + rng.IntN(3) {
			ev.Mentions = append(ev.Mentions, timeline.Mention{Doc: "doc-" + strconv.Itoa(rng.IntN(20)), Text: summary})
		}
		if rng.IntN(20) == 0 {
			ev.When = nil
		}
		tl.Events = append(tl.Events, ev)
	}
	for i := 0; i+1 < n; i += 7 {
		tl.Links = append(tl.Links, timeline.Link{From: "ev-" + strconv.Itoa(i), To: "ev-" + strconv.Itoa(i+1), Kind: timeline.Causes})
	}
	return tl
}

// checkDiagram asserts what every diagram must satisfy: no two labels
// overlap, no leader runs across the text of another label, every label
// covers its mark and stays in its lane and the
// picture, every mark is in its lane and the plot, ids are unique.
func checkDiagram(t *testing.T, d *layout.Diagram) {
	t.Helper()
	if a, b, ok := overlappingLabels(d.Labels); ok {
		t.Errorf("labels overlap: %q %+v and %q %+v", d.Labels[a].Text, d.Labels[a].Box, d.Labels[b].Text, d.Labels[b].Box)
	}
	for _, l := range d.Labels {
		m := d.Marks[l.Mark]
		lane := d.Lanes[m.Lane].Box
		switch {
		case l.Box.X < 0 || l.Box.Right() > d.Width:
			t.Errorf("label %q %+v leaves the picture (width %v)", l.Text, l.Box, d.Width)
		case l.Box.Y < lane.Y || l.Box.Bottom() > lane.Bottom():
			t.Errorf("label %q %+v leaves its lane %+v", l.Text, l.Box, lane)
		case l.Leader.X1 < l.Box.X || l.Leader.X1 > l.Box.Right():
			t.Errorf("label %q %+v does not cover its mark at x=%v", l.Text, l.Box, l.Leader.X1)
		case l.Leader.Y2 < l.Leader.Y1:
			t.Errorf("label %q sits above its mark", l.Text)
		}
	}
	if a, b, ok := leaderAcrossLabel(d.Labels); ok {
		t.Errorf("the leader of %q at x=%v runs across label %q %+v", d.Labels[a].Text, d.Labels[a].Leader.X1, d.Labels[b].Text, d.Labels[b].Box)
	}
	for _, m := range d.Marks {
		lane := d.Lanes[m.Lane].Box
		if m.Y-m.R < lane.Y || m.Y+m.R > lane.Bottom() || m.X < d.Plot.X-0.01 || m.X2 > d.Plot.Right()+0.01 {
			t.Errorf("mark %s at (%v..%v, %v) leaves lane %+v or plot %+v", m.ID, m.X, m.X2, m.Y, lane, d.Plot)
		}
	}
	seen := map[string]bool{}
	check := func(id string) {
		if id == "" || seen[id] {
			t.Errorf("id %q empty or repeated", id)
		}
		seen[id] = true
	}
	for _, m := range d.Marks {
		check(m.ID)
	}
	for _, l := range d.Labels {
		check(l.ID)
	}
	for _, l := range d.Lanes {
		check(l.ID)
	}
	for _, a := range d.Links {
		check(a.ID)
	}
}

// overlappingLabels finds two overlapping label boxes with a sweep over x.
func overlappingLabels(labels []layout.Label) (int, int, bool) {
	order := make([]int, len(labels))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return labels[order[a]].Box.X < labels[order[b]].Box.X })
	var active []int
	for _, i := range order {
		box := labels[i].Box
		kept := active[:0]
		for _, j := range active {
			if labels[j].Box.Right() > box.X {
				kept = append(kept, j)
			}
		}
		active = kept
		for _, j := range active {
			if labels[j].Box.Overlaps(box) {
				return j, i, true
			}
		}
		active = append(active, i)
	}
	return 0, 0, false
}

// leaderAcrossLabel finds a leader line that runs across the text of
// another label (its box less the 2 px kept for a leader at either end).
func leaderAcrossLabel(labels []layout.Label) (int, int, bool) {
	const pad = 2 + 0.01
	for i, l := range labels {
		x, top, bottom := l.Leader.X1, min(l.Leader.Y1, l.Leader.Y2), max(l.Leader.Y1, l.Leader.Y2)
		for j, o := range labels {
			if i != j && o.Box.Y < bottom && o.Box.Bottom() > top && o.Box.X+pad < x && x < o.Box.Right()-pad {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}
