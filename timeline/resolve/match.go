package resolve

import "github.com/storyline/storyline/timeline"

// How well a mention fits an event being built.
type fit uint8

const (
	noFit     fit = iota
	weakFit       // participants overlap enough
	strongFit     // the same participants
)

// nearDays bounds how far apart a vague date (a week, a month) may lie
// from another and still be told of one event: "last week" said on a
// Sunday and on a Monday name different weeks for the same days.
const nearDays = 7

// actorFit says whether two participant lists can be the same event's:
// the same set (in any role order) fits strongly; two shared actors, or
// one shared actor who leads either side with nobody else disagreeing,
// fits weakly.
func actorFit(fam string, a, aAgents, b, bAgents []int32, place placeActors) fit {
	if len(a) == 0 || len(b) == 0 {
		return noFit
	}
	if fam == famSpeech {
		// A statement is its speaker's: never merge two speakers.
		if len(aAgents) == 0 || len(bAgents) == 0 || !equalSets(aAgents, bAgents) {
			return noFit
		}
	}
	if equalSets(a, b) {
		return strongFit
	}
	shared := countShared(a, b)
	switch {
	case fam == famSpeech && (shared == len(a) || shared == len(b)):
		return strongFit
	case shared >= 2 && !otherTargets(fam, a, aAgents, b, bAgents, place):
		return weakFit
	case shared == 1 && (shared == len(a) || shared == len(b)):
		if symmetric(fam) || sharesAny(a, bAgents) || sharesAny(b, aAgents) {
			return weakFit
		}
		if befalls(fam) && (len(aAgents) == 0 || len(bAgents) == 0) && !sharesAny(a, bAgents) && !sharesAny(b, aAgents) {
			// "Dostal was arrested" and "police arrested Dostal": one
			// person is arrested, dismissed, appointed, charged or
			// convicted once in a story, whoever is said to have done
			// it.
			return weakFit
		}
	}
	return noFit
}

// otherTargets reports whether two events of family fam, done by the
// same agents, were done to different actors: "police and the FBI
// arrested Smith" and "police and the FBI arrested Jones" share two
// actors but are two arrests. Both sides of a meeting or a call take
// part alike, and what a speaker said is judged by its speaker.
//
// A place named beside the agents says where or what the event was
// about more than whom it was done to: "the cabinet approved a Gaza
// ceasefire deal" and "the cabinet approved a ceasefire deal with
// Hamas" are one approval. Targets differ only when both sides name a
// place, or both someone or something else ("strikes on Gaza", "strikes
// on Beirut").
func otherTargets(fam string, a, aAgents, b, bAgents []int32, place placeActors) bool {
	if symmetric(fam) || fam == famSpeech {
		return false
	}
	na, nb := len(a)-len(aAgents), len(b)-len(bAgents)
	if na == 0 || nb == 0 || countShared(a, b) != countShared(aAgents, bAgents) {
		return false
	}
	pa, oa := place.targetSorts(a, aAgents)
	pb, ob := place.targetSorts(b, bAgents)
	return pa && pb || oa && ob
}

// placeActors says which actor ids name a place (a town, a region) rather
// than a country, an organisation, a group or a person; nil says none
// does.
type placeActors []bool

func (p placeActors) is(id int32) bool { return int(id) < len(p) && p[id] }

// targetSorts reports whether the actors of a that are not among agents
// (both sorted) hold a place, and whether they hold anyone else.
func (p placeActors) targetSorts(a, agents []int32) (places, others bool) {
	j := 0
	for _, id := range a {
		for j < len(agents) && agents[j] < id {
			j++
		}
		if j < len(agents) && agents[j] == id {
			continue
		}
		if p.is(id) {
			places = true
		} else {
			others = true
		}
	}
	return places, others
}

// placeActorsOf marks the interned actor ids (ids) that the resolved
// actors say name a place.
func placeActorsOf(ids []string, actors []timeline.Actor) placeActors {
	return placeActors(actorsOfKind(ids, actors, timeline.Place))
}

// actorsOfKind marks the interned actor ids (ids) whose resolved actor is
// of kind k.
func actorsOfKind(ids []string, actors []timeline.Actor, k string) []bool {
	kind := make(map[string]string, len(actors))
	for i := range actors {
		kind[actors[i].ID] = actors[i].Kind
	}
	out := make([]bool, len(ids))
	for i, id := range ids {
		out[i] = kind[id] == k
	}
	return out
}

// befalls reports whether an event of family fam is told by whom it
// befalls, more than by who did it.
func befalls(fam string) bool {
	switch fam {
	case "arrest", "dismissal", "appointment", "hiring", "death", "legal":
		return true
	}
	return false
}

// placesAgree reports whether two place lists name a common place, or
// either names none.
func placesAgree(a, b []int32) bool {
	return len(a) == 0 || len(b) == 0 || countShared(a, b) > 0
}

// gapDays returns the number of days strictly between two inclusive
// intervals, or -1 when they overlap.
func gapDays(aStart, aEnd, bStart, bEnd int32) int32 {
	switch {
	case aEnd < bStart:
		return bStart - aEnd - 1
	case bEnd < aStart:
		return aStart - bEnd - 1
	}
	return -1
}

func equalSets(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// countShared counts the common elements of two sorted unique lists.
func countShared(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func sharesAny(a, b []int32) bool { return countShared(a, b) > 0 }

// union merges two sorted unique lists; it returns a itself when b adds
// nothing, and a new list otherwise.
func union(a, b []int32) []int32 {
	if countShared(a, b) == len(b) {
		return a
	}
	return appendUnion(make([]int32, 0, len(a)+len(b)), a, b)
}

// appendUnion appends to out the merge of two sorted unique lists.
func appendUnion(out, a, b []int32) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
