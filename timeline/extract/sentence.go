package extract

import (
	"slices"

	"github.com/storyline/storyline/timeline"
)

// discourse words open a sentence without being part of its clause.
var discourse = set("however but and meanwhile then so yet still also now thus instead")

// cand is an event a trigger may give, before it is kept or dropped.
type cand struct {
	t        trig
	roles    roleSet
	status   string
	when     *timeline.When
	lv       int  // light verb token, or -1
	reported int  // trigger index of the speech that reports it, or -1
	speaker  int  // event index of the statement that reports it, or -1
	promoted bool // the speaker performs it by saying so
	event    int  // event index it became or refers back to, or -1
	emitted  bool
	dropped  bool     // the light verb of another trigger's noun, or an echo
	echo     int      // the candidate an echoing noun repeats ("met … for their talks"), or -1
	objIDs   []string // the actors the object phrase names
	company  []string // the actors a visit is made with (companion.go)
}

// sentence analyses one kept sentence and appends its events and links.
func (x *extractor) sentence(sp timeline.Span) {
	for start := sp.Start; start < sp.End; {
		piece := timeline.Span{Start: start, End: sp.End, Kind: sp.Kind}
		var next int
		x.toks, next = x.tz.tokens(piece, x.toks)
		if next < sp.End {
			piece.End = next
		}
		x.piece(piece)
		start = next
	}
}

// piece analyses the tokens of a sentence, or of a piece of an overlong
// one.
func (x *extractor) piece(sp timeline.Span) {
	s := &sentence{x: x, span: sp}
	x.trigs = findTriggers(x.toks, x.trigs)
	x.trigs = slices.DeleteFunc(x.trigs, func(t trig) bool { return x.nameGoesOn(t.tok) })
	if len(x.trigs) == 0 {
		// No event here; only what the next sentences may refer back to.
		s.toks = x.toks
		if sp.Kind == timeline.Quote {
			for i := range s.toks {
				s.toks[i].quoted = true
			}
		}
		x.carry(s, nil, x.quoteSpeakerFor(s))
		x.notePrevSubject(sp, s.subjectPerson())
		return
	}
	x.segs, x.segOf = segmentize(x.toks, x.trigs, x.segs, x.segOf)
	s.toks, s.trigs, s.segs, s.segOf = x.toks, x.trigs, x.segs, x.segOf
	if sp.Kind == timeline.Quote {
		for i := range s.toks {
			s.toks[i].quoted = true
		}
		for i := range s.segs {
			s.segs[i].quoted = true
		}
	}

	cands := x.cands[:0]
	for k := range s.trigs {
		s.cands = cands
		cands = append(cands, s.analyse(k))
		s.inherit(cands, k)
	}
	s.cands = cands
	x.cands = cands
	s.mergeEchoes(cands)
	for _, c := range cands {
		for j := range cands {
			if c.lv >= 0 && cands[j].t.tok == c.lv {
				cands[j].dropped = true // "hosted a gathering": one event
			}
		}
	}
	quoteSpeaker := x.quoteSpeakerFor(s)
	x.emitAll(s, cands, quoteSpeaker)
	x.links(s, cands)
	x.carry(s, cands, quoteSpeaker)
	if p := s.speakerPerson(cands); p >= 0 {
		x.prevSubject = p
	} else {
		x.notePrevSubject(sp, s.subjectPerson())
	}
}

// notePrevSubject keeps person p, the subject of the sentence sp, for the
// pronouns of the next; a sentence whose subject describes a person
// without naming one ("The suspect fled") leaves none.
func (x *extractor) notePrevSubject(sp timeline.Span, p int) {
	switch {
	case p >= 0 && !x.describedBetween(sp.Start, x.actors[p].Start):
		x.prevSubject = p
	case x.describedMain(sp.Start, sp.End):
		x.prevSubject = -1
	case p >= 0:
		x.prevSubject = p
	}
}

// nameGoesOn reports whether token i is a capitalised word right after a
// name, which goes on in it: "State" of "Harbor State's shares" names
// the bank, it is no statement.
func (x *extractor) nameGoesOn(i int) bool {
	if i == 0 || x.toks[i-1].kind != tActor {
		return false
	}
	c := x.doc.Text[x.toks[i].start]
	return c >= 'A' && c <= 'Z'
}

// quoteSpeakerFor returns the statement a quotation in s belongs to: one
// told in the same sentence outside the quotes, or one carried over.
func (x *extractor) quoteSpeakerFor(s *sentence) int {
	if x.colonSpeaker >= 0 {
		return x.colonSpeaker
	}
	if len(s.toks) > 0 && s.toks[0].quoted || s.span.Kind == timeline.Quote {
		return x.quoteSpeaker
	}
	return -1
}

// carry remembers, for the next sentence, the statement a quotation there
// would belong to.
func (x *extractor) carry(s *sentence, cands []cand, quoteSpeaker int) {
	last := -1
	for _, c := range cands {
		if c.emitted && x.res.Events[c.event].Kind == KindStatement && !s.toks[c.t.tok].quoted && c.reported < 0 {
			last = c.event
		}
	}
	x.colonSpeaker = -1
	if n := len(s.toks); n > 0 && s.toks[n-1].low == ":" && last >= 0 {
		x.colonSpeaker = last
	}
	switch {
	case last >= 0:
		x.quoteSpeaker = last
	case quoteSpeaker >= 0:
		x.quoteSpeaker = quoteSpeaker
	default:
		x.quoteSpeaker = -1
	}
}
