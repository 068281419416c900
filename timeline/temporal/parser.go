package temporal

import (
	"github.com/storyline/storyline/timeline"
)

// The parser: one text's tokens, read left to right, and what the
// text has said so far that later expressions lean on.

// parser holds one text's tokens and the discourse state that anaphoric
// expressions resolve against.
type parser struct {
	text string
	toks []token
	dct  timeline.Date
	// ref is the last day-level date mentioned ("the following day" counts
	// from it); refSet says whether one was.
	ref    timeline.Date
	refSet bool
	// lastQ is the last quarter mentioned ("the quarter", "a year earlier").
	lastQ    sem
	lastQAt  int // token index of the last quarter mention
	lastYear int // the last year mentioned ("that year")
	// stretchAt is where the last stretch of months of a report was
	// named ("the nine months"), when stretchSet
	stretchAt  int
	stretchSet bool
	// coarse is the last month, season, quarter or year mentioned, at token
	// coarseAt; refAt is where ref was mentioned, refEnd the token after it.
	coarse                  sem
	coarseAt, refAt, refEnd int
	// refFront says whether ref opened its sentence ("On Oct. 2, …").
	refFront bool
	// toldOf is the day of the deed a sentence told before the day its
	// telling names ("ran aground late on Friday, officials said on
	// Saturday"), when ref is that telling's day at token toldAt and
	// toldSet (see toldDay).
	toldOf  timeline.Date
	toldAt  int
	toldSet bool
	// deed is the last day named that dates a deed, at token deedAt, when
	// deedSet; refTold says whether ref only dates a telling (see
	// narrativeDay).
	deed    timeline.Date
	deedAt  int
	deedSet bool
	refTold bool
	// back says whether ref only dates a look back ("had resisted until
	// Friday"); before is the day the story was at before it, when
	// beforeSet (see laterDay).
	back      bool
	before    timeline.Date
	beforeSet bool
	// evening is the day of the last late-evening clock time named, when
	// eveningSet (see nightCrossed).
	evening    timeline.Date
	eveningSet bool
	// next is the first token after the last expression found.
	next int
}

// slide tells the discourse state that the first n tokens of toks were
// dropped: the token indices it holds count from the new first token.
func (p *parser) slide(n int) {
	p.lastQAt -= n
	p.stretchAt -= n
	p.coarseAt -= n
	p.refAt -= n
	p.refEnd -= n
	p.toldAt -= n
	p.deedAt -= n
	p.next -= n
}

// result is one recognised expression over tokens [start, end).
type result struct {
	start, end int
	s          sem
}

func (p *parser) cls(i int) wordClass {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return wNone
	}
	return p.toks[i].lex.cls
}

func (p *parser) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].punct == c
}

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

func (p *parser) glued(i int) bool { return i < len(p.toks) && p.toks[i].glued }

// is reports whether token i is the word w (w in lower case).
func (p *parser) is(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := p.toks[i]
	if int(t.end-t.start) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := p.text[int(t.start)+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// hyphen reports whether tokens i, i+1 are a hyphen glued between words.
func (p *parser) hyphen(i int) bool {
	return p.isPunct(i, '-') && p.glued(i) && p.glued(i+1)
}

// plainWord reports whether token i is a word that is no part of a date.
func (p *parser) plainWord(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].lex.cls == wNone
}
