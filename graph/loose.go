package graph

import "github.com/storyline/storyline/timeline"

// DropLoose returns tl without its loose events, those with no date that
// take part in no link, and how many it left out. An undated event has no
// place on a time axis; one that a link ties to another event can still
// stand beside it, while the rest would only pile up apart from the story.
// Links naming an unknown event or joining an event to itself tie
// nothing. A timeline with no loose event is returned as it is.
func DropLoose(tl *timeline.Timeline) (*timeline.Timeline, int) {
	known := make(map[string]bool, len(tl.Events))
	for i := range tl.Events {
		known[tl.Events[i].ID] = true
	}
	linked := make(map[string]bool)
	for _, l := range tl.Links {
		if l.From != l.To && known[l.From] && known[l.To] {
			linked[l.From], linked[l.To] = true, true
		}
	}
	keep := make(map[string]bool, len(tl.Events))
	dropped := make(map[string]bool)
	for i := range tl.Events {
		ev := &tl.Events[i]
		if dated(ev.When) || linked[ev.ID] {
			keep[ev.ID] = true
		} else {
			dropped[ev.ID] = true
		}
	}
	// An id that is dated or linked once keeps every event of that id;
	// the graph then takes the first by (date, id).
	for id := range keep {
		delete(dropped, id)
	}
	if len(dropped) == 0 {
		return tl, 0
	}
	return subTimeline(tl, keep), len(dropped)
}
