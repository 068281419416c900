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

// Lane choice weighs how well a lane fits an event by where its actor
// stands in the event's chain of candidates (see homes): the primary actor
// fits fully, the country or side it belongs to half, another participant
// a quarter and that one's country an eighth.
var homeWeights = [...]float64{1, 0.5, 0.25, 0.125}

// home is a lane an event could go to, and how well it fits.
type home struct {
	actor  string
	weight float64
}

// homes returns the lanes an event could go to, best first: its primary
// actor, the country that actor belongs to, then each other participant
// and its country. Places are no lanes of their own, but a region can be
// the side of the actors that belong to it.
func homes(ev *timeline.Event, ix *index) []home {
	var out []home
	add := func(id string, w float64) {
		if id != "" && !slices.ContainsFunc(out, func(h home) bool { return h.actor == id }) {
			out = append(out, home{id, w})
		}
	}
	lead := primaryActor(ev)
	for pass := range 2 {
		for _, p := range ev.Actors {
			if (pass == 0) != (p.ID == lead) || ix.isPlace(p.ID) {
				continue
			}
			add(p.ID, homeWeights[2*pass])
			if c := ix.countryOf(p.ID); c != "" {
				add(c, homeWeights[2*pass+1])
			}
		}
	}
	return out
}

func (ix *index) isPlace(id string) bool {
	a := ix.actors[id]
	return a != nil && a.Kind == timeline.Place
}

// countryOf returns the known actor that id belongs to, "" when none.
func (ix *index) countryOf(id string) string {
	a := ix.actors[id]
	if a == nil || a.Country == "" || a.Country == id || ix.actors[a.Country] == nil {
		return ""
	}
	return a.Country
}

// assignLanes gives each event a lane. Lanes are chosen one at a time,
// each time the actor whose lane would fit the events best that no chosen
// lane fits better yet (see homeWeights): so the protagonists of a story
// get lanes first, and the country of the rest of a side's people (its
// ministers, spokesmen, officials) gets one before "Others" swallows
// them. Each event then goes to the best fitting chosen lane, else to
// Others; lanes are shown grouped by side, the country after its people.
func assignLanes(events []*timeline.Event, ix *index, n int, single bool) ([]laneSpec, []int) {
	laneOf := make([]int, len(events))
	if single {
		return []laneSpec{{id: singleLaneID, name: "Events"}}, laneOf
	}
	hs := make([][]home, len(events))
	for i, ev := range events {
		hs[i] = homes(ev, ix)
	}
	chosen := chooseLanes(events, hs, ix, n)
	ranked := groupBySide(chosen, ix)
	pos := make(map[string]int, len(ranked))
	for i, id := range ranked {
		pos[id] = i
	}
	others := len(ranked)
	counts := make([]int, others+1)
	for i := range events {
		laneOf[i] = others
		for _, h := range hs[i] {
			if l, ok := pos[h.actor]; ok {
				laneOf[i] = l
				break
			}
		}
		counts[laneOf[i]]++
	}
	return compactLanes(ranked, ix, counts, laneOf)
}

// involvedWeight is what an event an actor takes part in, in whatever
// lane it is drawn, adds to the case for the actor's lane: the lane shows
// it as a ghost.
const involvedWeight = 0.25

// chooseLanes picks up to n actors greedily, each the one that raises the
// events' fit the most, counting also the events it takes part in (see
// involvedWeight); ties go to the actor with more mentions, then the
// smaller id.
func chooseLanes(events []*timeline.Event, hs [][]home, ix *index, n int) []string {
	involved := map[string]float64{}
	for _, ev := range events {
		for j, p := range ev.Actors {
			if p.ID != "" && !seenEarlier(ev.Actors, j) {
				involved[p.ID] += involvedWeight
			}
		}
	}
	fit := make([]float64, len(hs))
	var chosen []string
	gain := map[string]float64{}
	var ids []string
	for len(chosen) < n {
		clear(gain)
		ids = ids[:0]
		for i, h := range hs {
			for _, c := range h {
				if c.weight <= fit[i] {
					break
				}
				if _, ok := gain[c.actor]; !ok {
					ids = append(ids, c.actor)
					gain[c.actor] = involved[c.actor]
				}
				gain[c.actor] += c.weight - fit[i]
			}
		}
		best := ""
		for _, id := range ids {
			if best == "" || gain[id] > gain[best] ||
				gain[id] == gain[best] && cmp.Or(cmp.Compare(ix.mentions(best), ix.mentions(id)), cmp.Compare(id, best)) < 0 {
				best = id
			}
		}
		if best == "" {
			break
		}
		chosen = append(chosen, best)
		for i, h := range hs {
			for _, c := range h {
				if c.actor == best {
					fit[i] = max(fit[i], c.weight)
				}
			}
		}
	}
	return chosen
}

// groupBySide orders the chosen actors by side: each side where its best
// ranked actor stands, its people in rank order, then its country.
func groupBySide(chosen []string, ix *index) []string {
	rank := make(map[string]int, len(chosen))
	for i, id := range chosen {
		rank[id] = i
	}
	side := func(id string) string {
		if c := ix.countryOf(id); c != "" {
			if _, ok := rank[c]; ok {
				return c
			}
		}
		return id
	}
	sideRank := map[string]int{}
	for i, id := range chosen {
		if _, ok := sideRank[side(id)]; !ok {
			sideRank[side(id)] = i
		}
	}
	out := slices.Clone(chosen)
	slices.SortStableFunc(out, func(a, b string) int {
		sa, sb := side(a), side(b)
		return cmp.Or(cmp.Compare(sideRank[sa], sideRank[sb]), compareBool(a == sa, b == sb), cmp.Compare(rank[a], rank[b]))
	})
	return out
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
