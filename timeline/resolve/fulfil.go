package resolve

import (
	"cmp"
	"slices"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// What is expected or planned ("the two leaders are expected to speak this
// week") and what then happens ("the call on Tuesday") are two events: one
// told before, one after. fulfilments links the second to the first.

const (
	// fulfilDays is how long after it was told an undated plan can still
	// be the one an event makes good.
	fulfilDays = 30
	// fulfilConfidence: the link rests on words, participants and dates
	// agreeing, not on the text saying so.
	fulfilConfidence = 0.6
)

// fulfilments returns a fulfils link from each happened event to the
// expected or planned event it makes good: the same or a related word (or
// both meetings, or both calls), the plan's agents among its participants
// with one of the others it names, on a day the plan allows (its dates, or the month after it
// was told). Each plan takes the earliest such event.
func fulfilments(events []timeline.Event, published map[string]timeline.Date) []timeline.Link {
	// The happened events each actor takes part in, earliest first: a
	// plan looks only at its first agent's, since its agents must all
	// take part.
	byActor := map[string][]int{}
	for i := range events {
		if classOf(events[i].Status) != classHappened || events[i].When == nil {
			continue
		}
		for _, p := range events[i].Actors {
			byActor[p.ID] = append(byActor[p.ID], i)
		}
	}
	for _, list := range byActor {
		slices.SortFunc(list, func(a, b int) int {
			return cmp.Or(events[a].When.Start.Compare(events[b].When.Start), cmp.Compare(events[a].ID, events[b].ID))
		})
	}
	var links []timeline.Link
	for pi := range events {
		plan := &events[pi]
		agent := firstAgent(plan)
		if classOf(plan.Status) != classFuture || agent == "" {
			continue
		}
		from, to, ok := planWindow(plan, published)
		if !ok {
			continue
		}
		happened := byActor[agent]
		k, _ := slices.BinarySearchFunc(happened, from, func(i int, d timeline.Date) int { return events[i].When.Start.Compare(d) })
		for _, hi := range happened[k:] {
			h := &events[hi]
			if h.When.Start.After(to) {
				break
			}
			if makesGood(h, plan) {
				doc := h.Mentions[0].Doc
				links = append(links, timeline.Link{From: h.ID, To: plan.ID, Kind: timeline.Fulfils,
					Doc: doc, Docs: []string{doc}, Confidence: fulfilConfidence})
				break
			}
		}
	}
	return links
}

// firstAgent returns the id of e's first agent, or "".
func firstAgent(e *timeline.Event) string {
	for _, p := range e.Actors {
		if p.Role == timeline.RoleAgent {
			return p.ID
		}
	}
	return ""
}

// planWindow returns the days a plan can come true on: its own dates, or,
// undated, the month after the first document that tells it.
func planWindow(plan *timeline.Event, published map[string]timeline.Date) (from, to timeline.Date, ok bool) {
	if plan.When != nil {
		return plan.When.Start, plan.When.End, true
	}
	for _, m := range plan.Mentions {
		if d, known := published[m.Doc]; known && (!ok || d.Before(from)) {
			from, ok = d, true
		}
	}
	return from, from.AddDays(fulfilDays), ok
}

// generalVerbs say too little to tie a deed to a plan by WordNet's
// relations alone: "Messi has his World Cup" made good "Messi to keep"
// it, "shares dropping" a plan "to make design changes" (drop is a
// change). The same verb still ties them.
var generalVerbs = map[string]bool{
	"have": true, "keep": true, "make": true, "take": true, "get": true, "give": true, "do": true, "go": true,
	"come": true, "put": true, "set": true, "change": true, "hold": true, "let": true, "begin": true, "start": true,
}

// makesGood reports whether happened event h is what plan foresaw: the
// plan's agents do it (in a meeting or a call, take part).
func makesGood(h, plan *timeline.Event) bool {
	if h.ID == plan.ID {
		return false
	}
	fh, fp := familyOf(normKind(h.Kind), h.Predicate), familyOf(normKind(plan.Kind), plan.Predicate)
	sameWord := h.Predicate != "" && (h.Predicate == plan.Predicate ||
		!generalVerbs[h.Predicate] && !generalVerbs[plan.Predicate] && wn.Related(h.Predicate, plan.Predicate))
	together := fh == fp && symmetric(fh)
	if !sameWord && !together {
		return false
	}
	has := func(id string) bool {
		return slices.ContainsFunc(h.Actors, func(q timeline.Participant) bool { return q.ID == id })
	}
	does := func(id string) bool {
		return slices.ContainsFunc(h.Actors, func(q timeline.Participant) bool { return q.ID == id && (q.Role == timeline.RoleAgent || together) })
	}
	agents, others, shared := 0, 0, 0
	for _, p := range plan.Actors {
		switch {
		case p.Role == timeline.RoleAgent && !does(p.ID):
			return false
		case p.Role == timeline.RoleAgent:
			agents++
		case has(p.ID):
			others++
			shared++
		default:
			others++
		}
	}
	// The plan's agents do it, with one of the others it names, if any:
	// a call with one partner does not make good a call expected with another.
	return agents > 0 && (others == 0 || shared > 0)
}
