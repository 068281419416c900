package temporal

import "github.com/storyline/storyline/timeline"

// Plural units and parts of a day after a determiner: "recent years",
// "the coming weeks", "this morning", "that evening".

// pluralUnit reads det + plural unit: "recent years", "the coming weeks",
// "these days".
func (p *parser) pluralUnit(j int, d det, i int) (result, bool) {
	u := int(p.toks[j].lex.val)
	switch d {
	case dRecent:
		// "in recent years": TimeML's vague duration (PXY), not a date
		return result{i, j + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
	case dPast:
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	case dComing, dNext, dThe, dLast:
		if d == dThe && p.cls(j+1) == wAhead {
			return result{i, j + 2, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
		}
		if d == dThe && p.cls(j+1) == wOf {
			return result{}, false
		}
		if d == dThe {
			i = j // "the weeks": TimeML leaves the article out
		}
		return result{i, j + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
	case dThese:
		if u == uDay {
			return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PRESENT_REF"}}, true
		}
	}
	return result{}, false
}

// detPartOfDay reads "this morning", "last night", "that evening".
func (p *parser) detPartOfDay(j int, d det, i int) (result, bool) {
	pod := int(p.toks[j].lex.val)
	var base timeline.Date
	switch d {
	case dThis:
		base = p.dct
	case dLast:
		if pod != pNight {
			return result{}, false
		}
		base = p.dct.AddDays(-1)
	case dThat, dSame:
		if !p.refSet {
			return result{}, false
		}
		base = p.narrativeDay(i, j+1)
	case dThe:
		if !p.refSet || !p.storyPartOfDay(i) {
			return result{}, false
		}
		base = p.ref // "Later in the evening, …": of the day the story is at
	case dNext, dFollowing:
		if base = p.anchor(); !base.IsZero() {
			base = base.AddDays(1) // "the next morning"
		}
	case dPrevious, dPrior:
		if base = p.anchor(); !base.IsZero() {
			base = base.AddDays(-1) // "the previous evening": the eve of the day the story is at
		}
	default:
		return result{}, false
	}
	if base.IsZero() {
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeTime, raw: "XXXX-XX-XXT" + podCodes[pod]}}, true
	}
	s := dayOf(base)
	s.pod, s.typ = pod, timeline.TypeTime
	return result{i, j + 1, s}, true
}

// storyPartOfDay reports whether "the morning", "the evening" … at token
// i (its "the") is a part of the day the story has reached: "later in
// the evening", "earlier in the afternoon", or fronted, "In the
// evening, protesters …". Elsewhere it is as often every day's ("shops
// open in the morning") or a clock's half ("4 in the morning").
func (p *parser) storyPartOfDay(i int) bool {
	if p.cls(i-1) != wIn {
		return false
	}
	return p.is(i-2, "later") || p.is(i-2, "earlier") || p.sentenceStart(i-1) && p.isPunct(i+2, ',')
}
