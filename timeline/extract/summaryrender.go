package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// render writes tokens [i, end) as plain text, actors by their names and
// without quotation marks.
func (s *sentence) render(i, end int) string {
	if i >= end {
		return ""
	}
	var b strings.Builder
	b.Grow(s.toks[end-1].end - s.toks[i].start + 16) // names may be longer than written
	for k := i; k < end; k++ {
		t := s.toks[k]
		var w string
		switch t.kind {
		case tActor:
			w = s.x.name(t.ref)
			if c := s.x.doc.Text[t.start]; t.quoted || s.isModifier(k) || 'a' <= c && c <= 'z' && s.x.actors[t.ref].Kind != timeline.Person {
				// "the Russian leader", not "the Russia leader"; "the
				// cabinet", "the town", as written, not "the Norvian
				// government", "the Dovrik"; and a quotation as spoken
				// ("said: “Mexico Beach was wiped out”"), whatever its
				// words name.
				w = s.x.doc.Text[t.start:t.end]
			}
			if t.poss {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(w)
				b.WriteString("'s")
				continue
			}
		case tPunct:
			if isQuoteMark(t) {
				continue
			}
			if s.restatedInBrackets(k) {
				k += 2 // "the Federal Motor Transport Authority (KBA)": one name, once
				continue
			}
			w = s.x.doc.Text[t.start:t.end]
		default:
			w = s.x.doc.Text[t.start:t.end]
		}
		if b.Len() > 0 && !(t.kind == tPunct && strings.Contains(",;:.?!)]", w)) && w != "'s" && w != "’s" && !(k > i && s.glued(k)) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
