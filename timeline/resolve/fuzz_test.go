package resolve

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// decodeResults builds results from fuzz bytes, 6 bytes a mention: every
// field is drawn from a small alphabet so that merges happen often.
func decodeResults(data []byte) []extract.Result {
	kinds := []string{"call", "meeting", "talks", "statement", "demand", "attack", "other", "", "visit"}
	statuses := []string{timeline.Occurred, timeline.Reported, timeline.Expected, timeline.Planned, timeline.Denied, "", "odd"}
	actors := []string{"a", "b", "c", "d", ""}
	roles := []string{timeline.RoleAgent, timeline.RoleParticipant, timeline.RolePatient, ""}
	grans := []timeline.Granularity{timeline.Day, timeline.Week, timeline.Month, timeline.Year, ""}
	spans := []int{0, 6, 30, 364, -1, 40000}
	rs := make([]extract.Result, 3)
	for i := range rs {
		rs[i].Doc = fmt.Sprintf("d%d", i)
	}
	for ; len(data) >= 6; data = data[6:] {
		b := data[:6]
		r := &rs[int(b[0])%len(rs)]
		em := extract.EventMention{
			Kind:    kinds[int(b[1])%len(kinds)],
			Trigger: kinds[int(b[1]>>4)%len(kinds)],
			Status:  statuses[int(b[2])%len(statuses)],
			Mention: timeline.Mention{Doc: r.Doc, Start: int(b[5]), End: int(b[5]) + 3},
		}
		for k := range 3 {
			if b[3]>>(2*k)&3 != 0 {
				em.Actors = append(em.Actors, timeline.Participant{ID: actors[(int(b[3])+k)%len(actors)], Role: roles[int(b[3]>>(2*k))%len(roles)]})
			}
		}
		if b[2]&0x80 != 0 {
			em.Places = []string{[]string{"Moscow", "moscow", "Riyadh", " "}[int(b[2]>>5)%4]}
		}
		if b[4]&7 != 7 {
			start := timeline.NewDate(2025, 1, 1).AddDays(int(b[4] >> 3))
			span := spans[int(b[4])%len(spans)]
			em.When = &timeline.When{Start: start, End: start.AddDays(span), Granularity: grans[int(b[4])%len(grans)]}
		}
		r.Events = append(r.Events, em)
		if b[5]&1 == 1 && len(r.Events) > 1 {
			r.Links = append(r.Links, extract.LinkMention{From: len(r.Events) - 1, To: int(b[1]) % (len(r.Events) + 1), Kind: timeline.Causes})
		}
	}
	return rs
}

func FuzzMerge(f *testing.F) {
	f.Add([]byte("\x00\x00\x01\x05\x10\x01\x01\x00\x01\x05\x13\x02"))
	f.Add([]byte("\x00\x03\x00\x01\x00\x00\x01\x04\x00\x01\x00\x03\x02\x04\x05\x01\x06\x01"))
	f.Add([]byte("\x01\x01\x82\x0f\x21\x11\x02\x02\x02\x0f\x29\x08\x00\x07\x07\x00\x07\x07"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs := decodeResults(data)
		events, links := Merge(rs)
		checkInvariants(t, rs, events, links)
		slices.Reverse(rs)
		again, againLinks := Merge(rs)
		if !reflect.DeepEqual(events, again) || !reflect.DeepEqual(links, againLinks) {
			t.Errorf("output depends on the order of the results")
		}
	})
}

func checkInvariants(t *testing.T, rs []extract.Result, events []timeline.Event, links []timeline.Link) {
	t.Helper()
	told := map[timeline.Mention]bool{}
	ids := map[string]bool{}
	for _, ev := range events {
		if ids[ev.ID] {
			t.Errorf("repeated id %s", ev.ID)
		}
		ids[ev.ID] = true
		if len(ev.Mentions) == 0 {
			t.Errorf("%s has no mentions", ev.ID)
		}
		for _, mn := range ev.Mentions {
			told[mn] = true
		}
		if w := ev.When; w != nil && w.End.Before(w.Start) {
			t.Errorf("%s: when ends before it starts: %+v", ev.ID, w)
		}
	}
	for _, r := range rs {
		for _, em := range r.Events {
			if !told[em.Mention] {
				t.Errorf("telling %+v lost", em.Mention)
			}
		}
	}
	if !slices.IsSortedFunc(events, func(a, b timeline.Event) int { return compareEvents(&a, &b) }) {
		t.Errorf("events not sorted")
	}
	for _, l := range links {
		if l.From == l.To || !ids[l.From] || !ids[l.To] {
			t.Errorf("bad link %+v", l)
		}
	}
}
