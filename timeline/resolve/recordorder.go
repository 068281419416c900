package resolve

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// compareRecords orders records for clustering: dated before undated,
// narrower dates first (the most specific telling seeds an event), then by
// everything else so that the order never depends on the input order.
func compareRecords(a, b *record) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	if a.dated {
		if c := cmp.Compare(a.width(), b.width()); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
	}
	return compareRecordContent(a, b)
}

// compareRecordContent is a total order on what records tell, the
// telling first.
func compareRecordContent(a, b *record) int {
	if c := cmp.Or(
		cmp.Compare(a.docRank, b.docRank),
		cmp.Compare(a.m.Mention.Start, b.m.Mention.Start),
		cmp.Compare(a.m.Mention.End, b.m.Mention.End),
	); c != 0 {
		return c
	}
	if c := compareTellingOf(a.docName, &a.m.Mention, b.docName, &b.m.Mention); c != 0 {
		return c
	}
	return compareMentions(a.m, b.m)
}

// compareMentions is a total order on the content of event mentions.
func compareMentions(a, b *extract.EventMention) int {
	if c := compareTelling(a.Mention, b.Mention); c != 0 {
		return c
	}
	if c := cmp.Or(
		strings.Compare(a.Kind, b.Kind),
		strings.Compare(a.Trigger, b.Trigger),
		strings.Compare(a.Status, b.Status),
		strings.Compare(a.Summary, b.Summary),
	); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Actors, b.Actors, func(x, y timeline.Participant) int {
		return cmp.Or(strings.Compare(x.ID, y.ID), strings.Compare(x.Role, y.Role))
	}); c != 0 {
		return c
	}
	if c := slices.Compare(a.Places, b.Places); c != 0 {
		return c
	}
	return compareWhen(a.When, b.When)
}

func compareTelling(a, b timeline.Mention) int {
	return compareTellingOf(a.Doc, &a, b.Doc, &b)
}

// compareTellingOf is compareTelling of a and b told by documents aDoc
// and bDoc, whatever their own Doc.
func compareTellingOf(aDoc string, a *timeline.Mention, bDoc string, b *timeline.Mention) int {
	return cmp.Or(
		strings.Compare(aDoc, bDoc),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		strings.Compare(a.Text, b.Text),
		compareTrigger(a.Trigger, b.Trigger),
	)
}

// compareTrigger orders tellings of one sentence by their trigger, a
// missing trigger first.
func compareTrigger(a, b *timeline.TextRange) int {
	switch {
	case a == nil || b == nil:
		return cmp.Compare(boolInt(a != nil), boolInt(b != nil))
	}
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func compareWhen(a, b *timeline.When) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return cmp.Or(
		a.Start.Compare(b.Start),
		a.End.Compare(b.End),
		strings.Compare(a.Value, b.Value),
		strings.Compare(string(a.Granularity), string(b.Granularity)),
		strings.Compare(a.Text, b.Text),
		strings.Compare(a.Doc, b.Doc),
	)
}
