package temporal

import "github.com/storyline/storyline/timeline"

// Tag returns the temporal expressions in text, in order and never
// overlapping, normalised against dct, the document creation time. With a
// zero dct, relative expressions keep underspecified values (XXXX-…).
func Tag(text string, dct timeline.Date) []timeline.Timex {
	var t Tagger
	return t.Tag(text, dct)
}

// Tagger tags texts one after another, reusing its buffers. The zero
// Tagger is ready to use; a Tagger is not safe for concurrent use.
type Tagger struct {
	toks []token
}

// Tag is the package-level Tag on a reused Tagger.
func (tg *Tagger) Tag(text string, dct timeline.Date) []timeline.Timex {
	tg.toks = tokenize(text, tg.toks[:0])
	p := parser{text: text, toks: tg.toks, dct: dct}
	var out []timeline.Timex
	p.run(func(r result) {
		s := r.s
		if r.start > 0 && p.cls(r.start-1) == wSince && s.typ == timeline.TypeDate && s.span == spanValue {
			s.span = spanToDCT // "since 2014": from then to the publication date
		}
		start, end := tg.toks[r.start].start, tg.toks[r.end-1].end
		out = append(out, timeline.Timex{
			Start:    start,
			End:      end,
			Text:     text[start:end],
			Type:     s.typ,
			Value:    s.value(),
			Mod:      s.mod,
			Interval: s.interval(dct),
		})
	})
	return out
}
