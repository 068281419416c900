package actor

import (
	"sort"

	"github.com/storyline/storyline/timeline"
)

// An office written before the document names its one holder ("Marsh
// told reporters. The chief executive added … Its chief executive,
// Richard Oduya, said") is, as a reader takes it, someone the text has
// just named: the one person of the sentence before whom nothing rules
// out (antecedent), else no one the document names (Marsh's office is
// another article's), never the holder named in a later sentence. The
// parts played in a deed ("the victim", "the driver") keep their own
// reading (deed.go).

// namedOnlyAfter reports whether the document's person name has no
// mention but descriptions before byte offset at, nor one in the
// sentence of at, which opens at from: "Police identified the victim as
// Benjamin Banky", "the chief executive, Ivo Dane," name the holder
// there.
func namedOnlyAfter(ms []Mention, name string, from, at int, sents []timeline.Span) bool {
	k := sort.Search(len(sents), func(i int) bool { return sents[i].Start > from })
	end := at
	if k > 0 && k-1 < len(sents) {
		end = max(at, sents[k-1].End)
	}
	for j := range ms {
		if m := &ms[j]; m.Kind == timeline.Person && m.Name == name && m.Start < end && !isDescriptor(m.Text) {
			return false
		}
	}
	return true
}

// personJustBefore reports whether a person is named in the sentence
// before the one that opens at byte offset from, or in that sentence
// before byte offset at.
func personJustBefore(ms []Mention, from, at int, sents []timeline.Span) bool {
	k := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= from })
	lo := from
	if k > 0 {
		lo = sents[k-1].Start
	}
	for j := range ms {
		if m := &ms[j]; m.Kind == timeline.Person && !isDescriptor(m.Text) && m.Start >= lo && m.Start < at {
			return true
		}
	}
	return false
}
