package temporal

import (
	"cmp"
	"strings"
	"sync"
	"unicode/utf8"

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

// A text is tokenized and tagged a window of tokens at a time, so that
// the tokens in hand stay in the CPU's cache and a pooled Tagger's buffers
// stay small however long the text: a 2 MB text then tags as fast as the
// same bytes split into articles. Each window's tokens come with the
// contextTokens before them and after them, and the rules run only at the
// window's own tokens; no rule reads further than that from the token it
// starts at (an expression is a few words long, the tense of a clause is
// looked for within 14 words, and past no more than contextTokens/2
// marks), so the windows change nothing.
const (
	windowTokens  = 4096
	contextTokens = 256
)

// keepFound is the most expressions a pooled Tagger keeps room for
// between calls: one huge text must not pin its buffers for the life of
// the process.
const keepFound = 1 << 12

// release drops buffers grown past what a typical article needs.
func (tg *Tagger) release() {
	if cap(tg.found) > keepFound {
		tg.found, tg.values = nil, nil
	}
}

// maxText is the longest text tagged; the rest of a longer one is ignored.
const maxText = 1<<31 - 1

// Tagger tags texts one after another, reusing its buffers. The zero
// Tagger is ready to use; a Tagger is not safe for concurrent use.
type Tagger struct {
	toks   []token
	cands  []int32
	found  []found
	values []byte // the values of found, one after another
	window int    // tokens per window; windowTokens when 0 (tests shrink it)
}

// found is an expression as kept until the text is done: what its Timex
// needs, and no more, since a long text has tens of thousands.
type found struct {
	start, end int32 // bytes
	valueEnd   int32 // where its value ends in Tagger.values
	hasIv      bool
	typ, mod   string
	iv         timeline.Interval
}

// Tag is the package-level Tag on a reused Tagger.
func (tg *Tagger) Tag(text string, dct timeline.Date) []timeline.Timex {
	if len(text) > maxText {
		text = text[:maxText] // offsets are 32-bit; nothing reads past 2 GiB
	}
	tg.found, tg.values = tg.found[:0], tg.values[:0]
	tg.scan(text, dct)
	if len(tg.found) == 0 {
		return nil
	}
	return tg.timexes(text)
}

// scan finds the expressions of text, window by window, into tg.found.
func (tg *Tagger) scan(text string, dct timeline.Date) {
	window := cmp.Or(tg.window, windowTokens)
	p := parser{text: text, dct: dct}
	emit := func(r result) {
		if r.start > 0 && p.cls(r.start-1) == wSince && r.s.typ == timeline.TypeDate && r.s.span == spanValue {
			r.s.span = spanToDCT // "since 2014": from then to the publication date
		}
		tg.values = r.s.appendValue(tg.values)
		f := found{start: p.toks[r.start].start, end: p.toks[r.end-1].end, valueEnd: int32(len(tg.values)), typ: r.s.typ, mod: r.s.mod}
		f.iv, f.hasIv = r.s.days(dct)
		tg.found = append(tg.found, f)
	}
	st := scanState{newline: true}
	toks := tg.toks[:0]
	for done := 0; ; {
		// keep the context before the next window and the tokens read
		// ahead of it; the discourse state counts from the new start
		if drop := max(0, done-contextTokens); drop > 0 {
			toks = toks[:copy(toks, toks[drop:])]
			p.slide(drop)
			done -= drop
		}
		for len(toks) < done+window+contextTokens && st.pos < len(text) {
			toks = tokenize(text[:chunkEnd(text, st.pos, chunkBytes)], &st, toks)
		}
		last := st.pos == len(text)
		end := len(toks)
		if !last {
			end = done + window
		}
		p.toks = toks
		tg.cands = candidates(toks[done:end], tg.cands)
		if done > 0 {
			for k := range tg.cands {
				tg.cands[k] += int32(done) // a tenth of the tokens: cheaper here than in the loop
			}
		}
		p.run(tg.cands, emit)
		if last {
			break
		}
		done = end
	}
	tg.toks = toks
}

// chunkBytes is how much text tokenize reads at a time: a fraction of a
// window, so that a window is read with little to spare, and most
// articles in one call.
const chunkBytes = 8192

// chunkEnd returns where the chunk of text from pos ends: at the first
// ASCII byte after n more that is neither a letter nor a digit. Such a
// byte always starts a token, or a space, so no token is cut.
func chunkEnd(text string, pos, n int) int {
	end := pos + n
	for end < len(text) && (text[end] >= utf8.RuneSelf || byteClass[text[end]] == bLetter || byteClass[text[end]] == bDigit) {
		end++
	}
	return min(end, len(text))
}

// timexes turns the expressions found in text into Timexes, with one
// allocation each for the timexes, their intervals and their values.
func (tg *Tagger) timexes(text string) []timeline.Timex {
	all := string(tg.values)
	out := make([]timeline.Timex, len(tg.found))
	n := 0
	for _, f := range tg.found {
		if f.hasIv {
			n++
		}
	}
	ivs := make([]timeline.Interval, 0, n)
	vstart := int32(0)
	for k, f := range tg.found {
		out[k] = timeline.Timex{
			Start: int(f.start),
			End:   int(f.end),
			Text:  text[f.start:f.end],
			Type:  f.typ,
			Value: all[vstart:f.valueEnd],
			Mod:   f.mod,
		}
		vstart = f.valueEnd
		if f.hasIv {
			ivs = append(ivs, f.iv)
			out[k].Interval = &ivs[len(ivs)-1]
		}
	}
	rangeYears(text, out)
	for k := range out {
		if iv := out[k].Interval; iv != nil && iv.Start.Year < 1 {
			out[k].Value, out[k].Interval = unanchored(out[k].Value), nil
		}
	}
	return out
}

// unanchored is the value of a date reckoned from no publication date
// ("last night", "this weekend" in a text without one), which counted
// from the zero date lands before year 1: the same calendar unit, no year
// ("XXXX-XX-XXTNI", "XXXX-WXX-WE"). A rule that forgets to check for the
// publication date then still gives no day.
func unanchored(value string) string {
	date, tod, timed := strings.Cut(strings.TrimPrefix(value, "-"), "T")
	var out string
	switch {
	case strings.HasSuffix(date, "-WE"):
		out = "XXXX-WXX-WE"
	case strings.Contains(date, "-W"):
		out = "XXXX-WXX"
	case strings.Contains(date, "-Q"):
		out = "XXXX-QX"
	case strings.Contains(date, "-H"):
		out = "XXXX-HX"
	default:
		out = "XXXX"
		for range strings.Count(date, "-") {
			out += "-XX"
		}
		if i := strings.IndexAny(date, "SFW"); i > 0 && strings.Count(date, "-") == 1 {
			out = "XXXX-" + date[i:] // a season: "SP", "SU", "FA", "WI"
		}
	}
	if timed {
		out += "T" + tod
	}
	return out
}
