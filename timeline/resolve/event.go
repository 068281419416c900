package resolve

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// buildEvents turns clusters into events with ids, and returns for every
// record the index of its event.
func buildEvents(recs []record, cs []cluster) ([]timeline.Event, []int32) {
	events := make([]timeline.Event, len(cs))
	eventOf := make([]int32, len(recs))
	for ci := range cs {
		c := &cs[ci]
		slices.SortFunc(c.members, func(a, b int32) int { return compareRecordContent(&recs[a], &recs[b]) })
		for _, ri := range c.members {
			eventOf[ri] = int32(ci)
		}
		events[ci] = buildEvent(recs, c)
	}
	disambiguateIDs(events)
	return events, eventOf
}

func buildEvent(recs []record, c *cluster) timeline.Event {
	members := make([]*record, len(c.members))
	for i, ri := range c.members {
		members[i] = &recs[ri]
	}
	when, dates, inWhen := dateEvent(members)
	ev := timeline.Event{
		Kind:   eventKind(members),
		Status: eventStatus(members),
		When:   when,
		Dates:  dates,
	}
	rep := representative(members, ev.Status, inWhen)
	ev.Summary = summary(members, rep)
	ev.Actors = eventActors(members, rep)
	ev.Places = eventPlaces(members, rep)
	ev.Mentions = eventMentions(members)
	ev.ID = eventID(&ev)
	return ev
}

// eventKind is the most told kind, the specific speech act over a plain
// statement; ties go to the first in alphabetical order.
func eventKind(members []*record) string {
	counts := map[string]int{}
	anySpecific := false
	for _, r := range members {
		if !generic(r.kind) {
			anySpecific = true
		}
	}
	for _, r := range members {
		if anySpecific && generic(r.kind) {
			continue
		}
		counts[r.kind]++
	}
	best, n := "", -1
	for _, r := range members {
		k := r.kind
		if c, ok := counts[k]; ok && (c > n || c == n && k < best) {
			best, n = k, c
		}
	}
	if best == "" {
		return "other"
	}
	return best
}

// eventStatus: what occurred beats what was only reported; among things
// to come, the most told status wins, ties going to expected.
func eventStatus(members []*record) string {
	counts := map[string]int{}
	for _, r := range members {
		counts[normStatus(r.m.Status)]++
	}
	switch members[0].status {
	case classHappened:
		if counts[timeline.Reported] == len(members) {
			return timeline.Reported
		}
		return timeline.Occurred
	case classFuture:
		if counts[timeline.Planned] > counts[timeline.Expected] {
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

// representative picks the mention that best tells the event: one with
// the event's status and date, naming the most participants and places,
// most precisely dated.
func representative(members []*record, status string, inWhen map[*record]bool) *record {
	score := func(r *record) [5]int {
		s := [5]int{}
		if normStatus(r.m.Status) == status {
			s[0] = 1
		}
		if inWhen[r] {
			s[1] = 1
		}
		s[2], s[3] = len(r.actors), len(r.places)
		if r.dated {
			s[4] = -int(r.width())
		} else {
			s[4] = -1 << 30
		}
		return s
	}
	best := members[0]
	bs := score(best)
	for _, r := range members[1:] {
		if s := score(r); slices.Compare(s[:], bs[:]) > 0 {
			best, bs = r, s
		}
	}
	return best
}

func summary(members []*record, rep *record) string {
	if rep.m.Summary != "" {
		return rep.m.Summary
	}
	for _, r := range members {
		if r.m.Summary != "" {
			return r.m.Summary
		}
	}
	return ""
}

var roleRank = map[string]int{timeline.RoleAgent: 0, timeline.RoleParticipant: 1, timeline.RolePatient: 2}

func rankOfRole(role string) int {
	if r, ok := roleRank[role]; ok {
		return r
	}
	return len(roleRank)
}

// eventActors lists the representative's participants in its order, then
// the others that any telling names, each in the role most tellings give.
func eventActors(members []*record, rep *record) []timeline.Participant {
	var out []timeline.Participant
	seen := map[string]bool{}
	for _, p := range rep.m.Actors {
		if p.ID != "" && !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	roles := map[string]map[string]int{}
	var others []string
	for _, r := range members {
		for _, p := range r.m.Actors {
			if p.ID == "" || seen[p.ID] {
				continue
			}
			if roles[p.ID] == nil {
				roles[p.ID] = map[string]int{}
				others = append(others, p.ID)
			}
			roles[p.ID][p.Role]++
		}
	}
	rest := make([]timeline.Participant, 0, len(others))
	for _, id := range others {
		rest = append(rest, timeline.Participant{ID: id, Role: commonestRole(roles[id])})
	}
	slices.SortFunc(rest, func(a, b timeline.Participant) int {
		return cmp.Or(cmp.Compare(rankOfRole(a.Role), rankOfRole(b.Role)), strings.Compare(a.ID, b.ID))
	})
	out = append(out, rest...)
	if out == nil {
		out = []timeline.Participant{}
	}
	return out
}

func commonestRole(counts map[string]int) string {
	best, n := "", -1
	for role, c := range counts {
		if c > n || c == n && (rankOfRole(role) < rankOfRole(best) || rankOfRole(role) == rankOfRole(best) && role < best) {
			best, n = role, c
		}
	}
	return best
}

// eventPlaces lists the representative's places, then the others told,
// alphabetically, once each whatever the case.
func eventPlaces(members []*record, rep *record) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(p string) bool {
		p = strings.TrimSpace(p)
		k := strings.ToLower(p)
		if p == "" || seen[k] {
			return false
		}
		seen[k] = true
		out = append(out, p)
		return true
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

// eventMentions lists every telling once, sorted by (doc, start).
func eventMentions(members []*record) []timeline.Mention {
	out := make([]timeline.Mention, 0, len(members))
	for _, r := range members {
		out = append(out, r.telling)
	}
	slices.SortFunc(out, compareTelling)
	return slices.CompactFunc(out, func(a, b timeline.Mention) bool {
		return a.Doc == b.Doc && a.Start == b.Start && a.End == b.End
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
	var b strings.Builder
	b.WriteString(ev.Kind)
	b.WriteByte(0)
	b.WriteString(strings.Join(ids, "\x01"))
	b.WriteByte(0)
	if ev.When != nil {
		b.WriteString(ev.When.Start.String())
	}
	b.WriteByte(0)
	if len(ev.Mentions) > 0 {
		b.WriteString(ev.Mentions[0].Doc)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(ev.Mentions[0].Start))
	}
	sum := sha256.Sum256([]byte(b.String()))
	return "e-" + hex.EncodeToString(sum[:5])
}

// disambiguateIDs suffixes ids that two events share (two events of one
// kind and cast first told by the same sentence), in mention order.
func disambiguateIDs(events []timeline.Event) {
	byID := map[string][]int{}
	var dup []string
	for i := range events {
		id := events[i].ID
		byID[id] = append(byID[id], i)
		if len(byID[id]) == 2 {
			dup = append(dup, id)
		}
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
