package resolve

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
)

// buildEvents turns clusters into events with ids, and returns for every
// record the index of its event.
func buildEvents(recs []record, cs *clusterList) ([]timeline.Event, []int32) {
	events := make([]timeline.Event, cs.len())
	eventOf := make([]int32, len(recs))
	// Each event is built from its own cluster into its own slot, so the
	// work splits across CPUs without changing the result.
	parallel(cs.len(), func(ci int) {
		c := cs.at(int32(ci))
		slices.SortFunc(c.members, func(a, b int32) int { return compareRecordContent(&recs[a], &recs[b]) })
		for _, ri := range c.members {
			eventOf[ri] = int32(ci)
		}
		events[ci] = buildEvent(recs, c)
	})
	disambiguateIDs(events)
	return events, eventOf
}

// parallelChunk is the fewest items worth a goroutine of their own.
const parallelChunk = 512

// parallel calls f(0) … f(n-1), in contiguous chunks on up to GOMAXPROCS
// goroutines.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), (n+parallelChunk-1)/parallelChunk)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}

func buildEvent(recs []record, c *cluster) timeline.Event {
	members := make([]*record, len(c.members))
	for i, ri := range c.members {
		members[i] = &recs[ri]
	}
	when, dates, agreeing := dateEvent(members)
	ev := timeline.Event{
		Kind:   eventKind(members),
		Status: eventStatus(members),
		When:   when,
		Dates:  dates,
	}
	rep := representative(members, ev.Kind, ev.Status, &agreeing, gluedIn(recs, c))
	ev.Summary = summary(members, rep)
	ev.Predicate = rep.m.Trigger
	for _, r := range members {
		ev.Salience = max(ev.Salience, r.m.Salience)
	}
	ev.Salience = min(1, ev.Salience+toldBy(members, &ev))
	// Two decimals say all the scale does; more print sums' rounding
	// errors ("0.44999999999999996").
	ev.Salience = math.Round(ev.Salience*100) / 100
	ev.Actors = eventActors(members, rep)
	ev.Places = eventPlaces(members, rep)
	ev.Mentions = eventMentions(members)
	ev.ID = eventID(&ev)
	return ev
}

// eventStatus: what occurred beats what was only reported; among things
// to come, the most told status wins, ties going to expected.
func eventStatus(members []*record) string {
	reported, planned, expected := 0, 0, 0
	for _, r := range members {
		switch normStatus(r.m.Status) {
		case timeline.Reported:
			reported++
		case timeline.Planned:
			planned++
		case timeline.Expected:
			expected++
		}
	}
	switch members[0].status {
	case classHappened:
		if reported == len(members) {
			return timeline.Reported
		}
		return timeline.Occurred
	case classFuture:
		if planned > expected {
			return timeline.Planned
		}
		return timeline.Expected
	case classDenied:
		return timeline.Denied
	}
	return timeline.Hypothetical
}

func normStatus(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return timeline.Occurred
	}
	return s
}

func rankOfRole(role string) int {
	switch role {
	case timeline.RoleAgent:
		return 0
	case timeline.RoleParticipant:
		return 1
	case timeline.RolePatient:
		return 2
	}
	return 3
}

// eventActors lists the representative's participants in its order, then
// the others that any telling names, each in the role most tellings give.
func eventActors(members []*record, rep *record) []timeline.Participant {
	out := make([]timeline.Participant, 0, len(rep.m.Actors))
	named := func(id string) bool {
		return slices.ContainsFunc(out, func(p timeline.Participant) bool { return p.ID == id })
	}
	for _, p := range rep.m.Actors {
		if p.ID != "" && !named(p.ID) {
			out = append(out, p)
		}
	}
	type roleCount struct {
		id, role string
		n        int
	}
	var counts []roleCount
	for _, r := range members {
		for _, p := range r.m.Actors {
			if p.ID == "" || named(p.ID) {
				continue
			}
			i := slices.IndexFunc(counts, func(c roleCount) bool { return c.id == p.ID && c.role == p.Role })
			if i < 0 {
				counts = append(counts, roleCount{id: p.ID, role: p.Role})
				i = len(counts) - 1
			}
			counts[i].n++
		}
	}
	// The commonest role of each actor first, then by role and id.
	slices.SortFunc(counts, func(a, b roleCount) int {
		return cmp.Or(strings.Compare(a.id, b.id), cmp.Compare(b.n, a.n),
			cmp.Compare(rankOfRole(a.role), rankOfRole(b.role)), strings.Compare(a.role, b.role))
	})
	counts = slices.CompactFunc(counts, func(a, b roleCount) bool { return a.id == b.id })
	slices.SortFunc(counts, func(a, b roleCount) int {
		return cmp.Or(cmp.Compare(rankOfRole(a.role), rankOfRole(b.role)), strings.Compare(a.id, b.id))
	})
	for _, c := range counts {
		out = append(out, timeline.Participant{ID: c.id, Role: c.role})
	}
	return out
}

// eventPlaces lists the representative's places, then the others told,
// alphabetically, once each whatever the case.
func eventPlaces(members []*record, rep *record) []string {
	out := []string{}
	add := func(p string) {
		p = strings.TrimSpace(p)
		if p != "" && !slices.ContainsFunc(out, func(q string) bool { return strings.EqualFold(p, q) }) {
			out = append(out, p)
		}
	}
	for _, p := range rep.m.Places {
		add(p)
	}
	n := len(out)
	for _, r := range members {
		for _, p := range r.m.Places {
			add(p)
		}
	}
	slices.Sort(out[n:])
	return out
}

// eventMentions lists every telling once, sorted by (doc, start): two
// words of one sentence that name the same event ("the quake … it
// struck") are two tellings.
func eventMentions(members []*record) []timeline.Mention {
	out := make([]timeline.Mention, 0, len(members))
	for _, r := range members {
		out = append(out, r.telling())
	}
	slices.SortFunc(out, compareTelling)
	return slices.CompactFunc(out, func(a, b timeline.Mention) bool {
		return a.Doc == b.Doc && a.Start == b.Start && a.End == b.End && compareTrigger(a.Trigger, b.Trigger) == 0
	})
}

// eventID hashes what identifies the event: its kind, participants, start
// date and first telling.
func eventID(ev *timeline.Event) string {
	ids := make([]string, 0, len(ev.Actors))
	for _, p := range ev.Actors {
		ids = append(ids, p.ID)
	}
	slices.Sort(ids)
	key := make([]byte, 0, 128)
	key = append(key, ev.Kind...)
	key = append(key, 0)
	for i, id := range ids {
		if i > 0 {
			key = append(key, 1)
		}
		key = append(key, id...)
	}
	key = append(key, 0)
	if ev.When != nil {
		key = ev.When.Start.AppendFormat(key)
	}
	key = append(key, 0)
	if len(ev.Mentions) > 0 {
		key = append(key, ev.Mentions[0].Doc...)
		key = append(key, 0)
		key = strconv.AppendInt(key, int64(ev.Mentions[0].Start), 10)
	}
	sum := sha256.Sum256(key)
	return "e-" + hex.EncodeToString(sum[:5])
}

// disambiguateIDs suffixes ids that two events share (two events of one
// kind and cast first told by the same sentence), in mention order.
func disambiguateIDs(events []timeline.Event) {
	// Each id's first event, and a list only for the few ids given twice
	// (a list for every id allocated 38 MB on the benchmark corpus).
	first := make(map[string]int, len(events))
	byID := map[string][]int{}
	var dup []string
	for i := range events {
		id := events[i].ID
		j, seen := first[id]
		if !seen {
			first[id] = i
			continue
		}
		if byID[id] == nil {
			byID[id] = []int{j}
			dup = append(dup, id)
		}
		byID[id] = append(byID[id], i)
	}
	for _, id := range dup {
		idx := byID[id]
		slices.SortFunc(idx, func(a, b int) int { return compareEventContent(&events[a], &events[b]) })
		for n, i := range idx[1:] {
			events[i].ID = id + "-" + strconv.Itoa(n+2)
		}
	}
}

func compareEventContent(a, b *timeline.Event) int {
	if c := slices.CompareFunc(a.Mentions, b.Mentions, compareTelling); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(a.Summary, b.Summary), strings.Compare(a.Status, b.Status), compareWhen(a.When, b.When))
}
