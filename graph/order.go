package graph

import (
	"cmp"

	"github.com/storyline/storyline/timeline"
)

// CompareEvents orders events by date, then id: dated events by the start
// and end of their interval, undated events after all dated ones.
func CompareEvents(a, b *timeline.Event) int {
	if c := compareWhen(a.When, b.When); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// compareWhen orders intervals by start, then end; nil sorts last.
func compareWhen(a, b *timeline.When) int {
	switch {
	case dated(a) && !dated(b):
		return -1
	case !dated(a) && dated(b):
		return 1
	case !dated(a):
		return 0
	}
	if c := a.Start.Compare(b.Start); c != 0 {
		return c
	}
	return a.End.Compare(b.End)
}

// dated reports whether w gives a usable date: an empty When (no start)
// counts as no date at all.
func dated(w *timeline.When) bool { return w != nil && !w.Start.IsZero() }

// end returns the last day of w, falling back to its start when the end is
// missing or before the start.
func end(w *timeline.When) timeline.Date {
	if w.End.IsZero() || w.End.Before(w.Start) {
		return w.Start
	}
	return w.End
}
