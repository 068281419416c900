package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// The day of a quotation. A speaker's "this morning", "tonight" or
// "yesterday" counts from the day the speaker spoke, which the tagger,
// reading words alone, takes for the publication day: "'We made the
// decision this morning,' Free told reporters on Monday" in a Tuesday
// paper was decided on Monday.

// speakerDeixis are the first words of an expression that counts from
// the speaker's day: "today", "this morning", "yesterday afternoon".
var speakerDeixis = set("today tonight yesterday tomorrow this")

// quoteDays moves the dates that a deictic expression inside a quotation
// gave to its events by as many days as the saying outside the quotation,
// dated by a day of its own, lies before the publication day.
func (x *extractor) quoteDays(p parsed, group []placed) {
	dct := x.doc.Published
	if dct.IsZero() {
		return
	}
	shift := 0
	for _, pl := range group {
		w := x.res.Events[pl.event].When
		if tellingKinds[x.res.Events[pl.event].Kind] && !p.quoted(pl.word) && w != nil && w.Basis == BasisText &&
			w.Granularity == timeline.Day && w.Start.Before(dct) && !deictic(w.Text) {
			shift = dct.DaysUntil(w.Start)
			break
		}
	}
	if shift == 0 {
		return
	}
	for _, pl := range group {
		w := x.res.Events[pl.event].When
		if w == nil || w.Basis != BasisText || !deictic(w.Text) || !p.quoted(pl.word) || w.Start.DaysUntil(w.End) != 0 {
			continue
		}
		n := *w
		n.Start, n.End = w.Start.AddDays(shift), w.End.AddDays(shift)
		if old := w.Start.String(); strings.HasPrefix(w.Value, old) {
			n.Value = n.Start.String() + w.Value[len(old):]
		}
		x.res.Events[pl.event].When = &n
	}
}

// deictic reports whether expression text counts from the speaker's day.
func deictic(text string) bool {
	first, rest, _ := strings.Cut(strings.ToLower(strings.TrimSpace(text)), " ")
	if first == "this" {
		return partOfDay[rest]
	}
	return speakerDeixis[first]
}

// partOfDay are the parts of a day "this" makes the speaker's.
var partOfDay = set("morning afternoon evening")

// quoted reports whether word i lies inside quotation marks: curly
// and doubled marks open and close, straight ones toggle, and a sentence
// whose first mark closes began inside a quotation.
func (p parsed) quoted(i int) bool {
	in := false
	for k := range p.s.Words {
		if f := p.word(k).Form; f == "”" || f == "''" {
			in = true
			break
		} else if f == "“" || f == "``" || f == "\"" {
			break
		}
	}
	for k := 0; k < i; k++ {
		switch p.word(k).Form {
		case "”", "''":
			in = false
		case "“", "``":
			in = true
		case "\"":
			in = !in
		}
	}
	return in
}
