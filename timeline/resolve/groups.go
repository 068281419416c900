package resolve

import "github.com/storyline/storyline/timeline"

// A group named by a common noun ("regulators", "officials") is often an
// organisation the same story names elsewhere ("US regulators rushed to
// seize the assets of Silicon Valley Bank", "the Federal Deposit
// Insurance Corporation seized the assets of the bank"): such agents are
// not two sides, as two named organisations are, and only the words,
// days and documents tell whether the tellings are one.

// groupKinds marks each actor id (as interned) that is a group told by a
// common noun, for groupStandsFor.
func groupKinds(ids []string, actors []timeline.Actor) (group, org []bool) {
	kind := make(map[string]string, len(actors))
	for i := range actors {
		kind[actors[i].ID] = actors[i].Kind
	}
	group, org = make([]bool, len(ids)), make([]bool, len(ids))
	for i, id := range ids {
		switch kind[id] {
		case "group":
			group[i] = true
		case "organization":
			org[i] = true
		}
	}
	return group, org
}

// groupStandsFor reports whether the agents of one side are all groups
// and those of the other all organisations: the group may be them.
func (ps *pairScorer) groupStandsFor(a, b []int32) bool {
	return ps.all(a, ps.groups) && ps.all(b, ps.orgs) || ps.all(b, ps.groups) && ps.all(a, ps.orgs)
}

func (ps *pairScorer) all(ids []int32, of []bool) bool {
	if len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		if int(id) >= len(of) || !of[id] {
			return false
		}
	}
	return true
}
