package extract

import (
	"cmp"
	"slices"

	"github.com/storyline/storyline/timeline"
)

// cue is a phrase that relates the event of its clause to another.
type cue struct {
	words      []string
	kind       string
	confidence float64
	// The phrase names what the clause's event answers, contradicts or
	// follows; a verb of causing, "X prompted Y", is read off the parse
	// (causelinks.go).
	//
	// causeFirst: the event the phrase names caused the clause's event
	// ("as a result of X"), so the link runs from it.
	causeFirst bool
	// backward: with no event in the phrase, the most recent earlier event
	// of a compatible kind is meant ("contradicting the earlier comments").
	backward bool
	// needsObject: the cue word is a cue only before a noun phrase
	// ("followed last week's call", not "followed it up").
	needsObject bool
}

// Confidence of links by how plainly the cue states the relation.
const (
	confExplicit = 0.8 // "in response to", "as a result of"
	confStated   = 0.7 // "contradicting", "prompted"
	confImplied  = 0.6 // "in an apparent concession to"
	confTemporal = 0.5 // "after", "following"
)

var cues = []cue{
	{words: []string{"in", "response", "to"}, kind: timeline.RespondsTo, confidence: confExplicit, backward: true},
	{words: []string{"responding", "to"}, kind: timeline.RespondsTo, confidence: confExplicit, backward: true},
	{words: []string{"in", "reply", "to"}, kind: timeline.RespondsTo, confidence: confExplicit, backward: true},
	{words: []string{"in", "retaliation", "for"}, kind: timeline.RespondsTo, confidence: confExplicit, backward: true},
	{words: []string{"concession", "to"}, kind: timeline.RespondsTo, confidence: confImplied, backward: true},
	{words: []string{"contradicting"}, kind: timeline.Contradicts, confidence: confStated, backward: true},
	{words: []string{"contradicted"}, kind: timeline.Contradicts, confidence: confStated, backward: true},
	{words: []string{"contradicts"}, kind: timeline.Contradicts, confidence: confStated, backward: true},
	{words: []string{"as", "a", "result", "of"}, kind: timeline.Causes, confidence: confExplicit, causeFirst: true},
	{words: []string{"as", "a", "result"}, kind: timeline.Causes, confidence: confStated, causeFirst: true, backward: true},
	{words: []string{"in", "the", "wake", "of"}, kind: timeline.Precedes, confidence: confTemporal, causeFirst: true},
	{words: []string{"in", "protest", "at"}, kind: timeline.RespondsTo, confidence: confStated, backward: true},
	{words: []string{"in", "protest", "against"}, kind: timeline.RespondsTo, confidence: confStated, backward: true},
	{words: []string{"because", "of"}, kind: timeline.Causes, confidence: confImplied, causeFirst: true},
	{words: []string{"after"}, kind: timeline.Precedes, confidence: confTemporal, causeFirst: true},
	{words: []string{"following"}, kind: timeline.Precedes, confidence: confTemporal, causeFirst: true},
	{words: []string{"followed"}, kind: timeline.Precedes, confidence: confTemporal, causeFirst: true, needsObject: true},
}

var cueStarts = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range cues {
		m[c.words[0]] = append(m[c.words[0]], i)
	}
	return m
}()

// links finds the cues of a sentence and links the events they relate.
func (x *extractor) links(s *sentence, cands []cand) {
	for i := 0; i < len(s.toks); i++ {
		if !s.toks[i].has(cCue) {
			continue
		}
		for _, ci := range cueStarts[s.toks[i].low] {
			c := cues[ci]
			if !matchWords(s.toks, i, c.words) || c.needsObject && !objectAt(s.toks, i+len(c.words)) {
				continue
			}
			x.link(s, cands, c, i, i+len(c.words))
			break
		}
	}
}

// objectAt reports whether a noun phrase starts at i: a determiner, a
// time or an actor.
func objectAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := toks[i]
	return t.kind == tTimex || t.kind == tActor || t.kind == tWord && (t.low == "the" || t.low == "a" || t.low == "an")
}

func matchWords(toks []token, i int, words []string) bool {
	for k, w := range words {
		if wordAt(toks, i+k) != w {
			return false
		}
	}
	return true
}

// link relates the events around the cue at [i, j).
func (x *extractor) link(s *sentence, cands []cand, c cue, i, j int) {
	phraseEnd := s.seg(min(j, len(s.toks)-1)).hi
	named := eventAfter(cands, j, phraseEnd)
	if named < 0 && c.backward {
		named = x.earlierEvent(s, c.kind)
	}
	var main int
	switch subj := s.cueSubject(i); {
	case s.fronted(s.segOf[i]) || subj < 0 && s.segs[s.segOf[i]].lo == 0 && s.segOf[i]+1 < len(s.segs) && eventBefore(s, cands, i, true) < 0:
		// "In response to X, Y did Z": the clause after the phrase answers.
		main = eventAfter(cands, phraseEnd, len(s.toks))
	default:
		main = eventBefore(s, cands, i, true)
		if main < 0 && subj >= 0 {
			// "Peskov was responding to comments …": the cue is the
			// verb, and what answers is the subject's last event told.
			main = x.lastEventOf(s, x.id(s.toks[subj].ref))
		}
	}
	if main < 0 || named < 0 || main == named {
		return
	}
	if !causeAfter(x.res.Events[main].When, x.res.Events[named].When) {
		return
	}
	if c.causeFirst {
		x.addLink(named, main, c)
		return
	}
	x.addLink(main, named, c)
}

// cueSubject returns the token of the actor that is the subject of a cue
// used as a verb ("Peskov was responding to", "The Kremlin contradicted"),
// or -1 when no actor stands before the cue in its clause.
func (s *sentence) cueSubject(i int) int {
	g := s.seg(i)
	for k := g.lo; k < i; k++ {
		t := s.toks[k]
		if t.kind == tActor && !t.poss && !t.quoted && s.prepBefore(k) == "" && !s.isModifier(k) {
			return k
		}
	}
	return -1
}

// lastEventOf returns the most recent event told before this sentence
// whose agent is id, or -1.
func (x *extractor) lastEventOf(s *sentence, id string) int {
	for i := len(x.res.Events) - 1; i >= 0 && i >= len(x.res.Events)-lookBack; i-- {
		ev := x.res.Events[i]
		if ev.Mention.Start >= s.span.Start {
			continue
		}
		if len(ev.Actors) > 0 && ev.Actors[0].Role == timeline.RoleAgent && ev.Actors[0].ID == id {
			return i
		}
	}
	return -1
}

// causeAfter reports whether an event dated later may answer, contradict
// or follow one dated earlier: false only when both are dated and the
// answer ends before the event it answers begins.
func causeAfter(later, earlier *timeline.When) bool {
	if later == nil || earlier == nil {
		return true
	}
	return !later.End.Before(earlier.Start)
}

// eventBefore returns the event of the nearest trigger before token i,
// preferring one told directly over one reported.
func eventBefore(s *sentence, cands []cand, i int, direct bool) int {
	best := -1
	for _, c := range cands {
		if c.t.tok >= i || c.event < 0 {
			continue
		}
		if direct && c.reported >= 0 && best >= 0 {
			continue
		}
		if !direct || c.reported < 0 || best < 0 {
			best = c.event
		}
	}
	return best
}

// eventAfter returns the event of the first trigger in [i, end).
func eventAfter(cands []cand, i, end int) int {
	for _, c := range cands {
		if c.t.tok >= i && c.t.tok < end && c.event >= 0 {
			return c.event
		}
	}
	return -1
}

// earlierEvent returns the most recent event told before this sentence
// that a cue of kind may point back to.
func (x *extractor) earlierEvent(s *sentence, kind string) int {
	for i := len(x.res.Events) - 1; i >= 0 && i >= len(x.res.Events)-lookBack; i-- {
		ev := x.res.Events[i]
		if ev.Mention.Start >= s.span.Start {
			continue
		}
		if kind == timeline.Contradicts && ev.Kind != KindStatement && ev.Kind != KindAnnouncement {
			continue
		}
		return i
	}
	return -1
}

func (x *extractor) addLink(from, to int, c cue) {
	if from < 0 || to < 0 || from == to {
		return
	}
	l := LinkMention{From: from, To: to, Kind: c.kind, Cue: joinWords(c.words), Confidence: c.confidence}
	if !slices.Contains(x.res.Links, l) {
		x.res.Links = append(x.res.Links, l)
	}
}

func joinWords(ws []string) string {
	n := 0
	for _, w := range ws {
		n += len(w) + 1
	}
	b := make([]byte, 0, n)
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}

// finishLinks sorts the links.
func (x *extractor) finishLinks() {
	slices.SortFunc(x.res.Links, func(a, b LinkMention) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Cue, b.Cue))
	})
}
