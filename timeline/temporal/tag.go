package temporal

import (
	"sync"

	"github.com/storyline/storyline/timeline"
)

// Tag returns the temporal expressions in text, in order and never
// overlapping, normalised against dct, the document creation time. With a
// zero dct, relative expressions keep underspecified values (XXXX-…).
// Tag is safe for concurrent use: each call borrows a Tagger from a pool,
// so repeated calls reuse its buffers and allocate only what they return.
func Tag(text string, dct timeline.Date) []timeline.Timex {
	tg := taggers.Get().(*Tagger)
	out := tg.Tag(text, dct)
	tg.release()
	taggers.Put(tg)
	return out
}

var taggers = sync.Pool{New: func() any { return new(Tagger) }}

// keepTokens is the most tokens a pooled Tagger keeps between calls: one
// huge text must not pin its buffers for the life of the process.
const keepTokens = 1 << 16

// release drops buffers grown past what a typical article needs.
func (tg *Tagger) release() {
	if cap(tg.toks) > keepTokens {
		*tg = Tagger{}
	}
}

// maxText is the longest text tagged; the rest of a longer one is ignored.
const maxText = 1<<31 - 1

// Tagger tags texts one after another, reusing its buffers. The zero
// Tagger is ready to use; a Tagger is not safe for concurrent use.
type Tagger struct {
	toks    []token
	cands   []int32
	results []result
	values  []byte
	ends    []int
}

// Tag is the package-level Tag on a reused Tagger.
func (tg *Tagger) Tag(text string, dct timeline.Date) []timeline.Timex {
	if len(text) > maxText {
		text = text[:maxText] // offsets are 32-bit; nothing reads past 2 GiB
	}
	tg.toks = tokenize(text, tg.toks[:0])
	p := parser{text: text, toks: tg.toks, dct: dct}
	found := tg.results[:0]
	tg.cands = candidates(tg.toks, tg.cands)
	p.run(tg.cands, func(r result) {
		if r.start > 0 && p.cls(r.start-1) == wSince && r.s.typ == timeline.TypeDate && r.s.span == spanValue {
			r.s.span = spanToDCT // "since 2014": from then to the publication date
		}
		found = append(found, r)
	})
	tg.results = found
	if len(found) == 0 {
		return nil
	}
	// one allocation each for the timexes, their intervals and their values
	values, ends := tg.values[:0], tg.ends[:0]
	for _, r := range found {
		values = r.s.appendValue(values)
		ends = append(ends, len(values))
	}
	tg.values, tg.ends = values, ends
	all := string(values)
	out := make([]timeline.Timex, len(found))
	ivs := make([]timeline.Interval, 0, len(found))
	for k, r := range found {
		vstart := 0
		if k > 0 {
			vstart = ends[k-1]
		}
		start, end := int(tg.toks[r.start].start), int(tg.toks[r.end-1].end)
		out[k] = timeline.Timex{
			Start: start,
			End:   end,
			Text:  text[start:end],
			Type:  r.s.typ,
			Value: all[vstart:ends[k]],
			Mod:   r.s.mod,
		}
		if iv, ok := r.s.days(dct); ok {
			ivs = append(ivs, iv)
			out[k].Interval = &ivs[len(ivs)-1]
		}
	}
	return out
}
