package layout

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/storyline/storyline/timeline"
)

// laneSpec is a lane before it has a place: whose events it holds.
type laneSpec struct {
	actor  string // "" for Others and the single lane
	id     string
	name   string
	others bool
}

// The ids of the shared lanes; actor lanes never take them.
const (
	othersLaneID = "lane-others"
	singleLaneID = "lane-all"
)

// primaryActor is the actor an event belongs to: its first agent, else
// its first participant; "" when it has none.
func primaryActor(ev *timeline.Event) string {
	for _, p := range ev.Actors {
		if p.Role == timeline.RoleAgent && p.ID != "" {
			return p.ID
		}
	}
	for _, p := range ev.Actors {
		if p.ID != "" {
			return p.ID
		}
	}
	return ""
}

// assignLanes gives each event a lane: the lane of its primary actor when
// that actor is among the n most active, else of its first other actor
// that is, else Others. Actors are ranked by the events they lead, then by
// the events they take part in, then by mentions and id. Lanes left empty
// are dropped.
func assignLanes(events []*timeline.Event, ix *index, n int, single bool) ([]laneSpec, []int) {
	laneOf := make([]int, len(events))
	if single {
		return []laneSpec{{id: singleLaneID, name: "Events"}}, laneOf
	}
	ranked := rankActors(events, ix)
	if len(ranked) > n {
		ranked = ranked[:n]
	}
	pos := make(map[string]int, len(ranked))
	for i, id := range ranked {
		pos[id] = i
	}
	others := len(ranked)
	counts := make([]int, others+1)
	for i, ev := range events {
		laneOf[i] = laneFor(ev, pos, others)
		counts[laneOf[i]]++
	}
	return compactLanes(ranked, ix, counts, laneOf)
}

func laneFor(ev *timeline.Event, pos map[string]int, others int) int {
	if l, ok := pos[primaryActor(ev)]; ok {
		return l
	}
	for _, p := range ev.Actors {
		if l, ok := pos[p.ID]; ok {
			return l
		}
	}
	return others
}

// rankActors orders the actors of events, most active first.
func rankActors(events []*timeline.Event, ix *index) []string {
	type score struct {
		id            string
		lead, partake int
	}
	byID := map[string]*score{}
	var ids []string
	for _, ev := range events {
		lead := primaryActor(ev)
		for j, p := range ev.Actors {
			if p.ID == "" || seenEarlier(ev.Actors, j) {
				continue
			}
			s := byID[p.ID]
			if s == nil {
				s = &score{id: p.ID}
				byID[p.ID] = s
				ids = append(ids, p.ID)
			}
			s.partake++
			if p.ID == lead {
				s.lead++
			}
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		sa, sb := byID[a], byID[b]
		return cmp.Or(
			cmp.Compare(sb.lead, sa.lead),
			cmp.Compare(sb.partake, sa.partake),
			cmp.Compare(ix.mentions(b), ix.mentions(a)),
			cmp.Compare(a, b))
	})
	return ids
}

func seenEarlier(ps []timeline.Participant, j int) bool {
	for _, p := range ps[:j] {
		if p.ID == ps[j].ID {
			return true
		}
	}
	return false
}

func (ix *index) mentions(id string) int {
	if a := ix.actors[id]; a != nil {
		return a.Mentions
	}
	return 0
}

// compactLanes drops empty lanes and renumbers the events' lanes.
func compactLanes(ranked []string, ix *index, counts, laneOf []int) ([]laneSpec, []int) {
	renum := make([]int, len(counts))
	var lanes []laneSpec
	used := map[string]int{othersLaneID: 1, singleLaneID: 1}
	for i, c := range counts {
		if c == 0 {
			continue
		}
		renum[i] = len(lanes)
		if i == len(ranked) && len(ranked) == 0 {
			// no event names an actor: one lane of events, not "Others"
			lanes = append(lanes, laneSpec{id: singleLaneID, name: "Events"})
			continue
		}
		if i == len(ranked) {
			lanes = append(lanes, laneSpec{id: othersLaneID, name: "Others", others: true})
			continue
		}
		id := uniqueID("lane-"+xmlSafe(ranked[i]), used)
		lanes = append(lanes, laneSpec{actor: ranked[i], id: id, name: ix.actorName(ranked[i])})
	}
	for i := range laneOf {
		laneOf[i] = renum[laneOf[i]]
	}
	return lanes, laneOf
}

// xmlSafe makes s usable inside an XML id or class: letters, digits, '-',
// '_' and '.' are kept, anything else becomes '_'.
func xmlSafe(s string) string {
	b := []byte(s)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
		if !ok {
			b[i] = '_'
		}
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// uniqueID returns id, or id with a numeric suffix when it was used before.
func uniqueID(id string, used map[string]int) string {
	n := used[id]
	used[id] = n + 1
	if n == 0 {
		return id
	}
	for {
		n++
		c := id + "-" + strconv.Itoa(n)
		if used[c] == 0 {
			used[c] = 1
			used[id] = n
			return c
		}
	}
}
