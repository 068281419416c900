package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
)

// Result is what one document tells: its event mentions and the links
// between them.
type Result struct {
	Doc    string
	Events []EventMention
	Links  []LinkMention
}

// EventMention is one telling of an event in one sentence.
type EventMention struct {
	Kind    string                 // meeting, call, statement, announcement, agreement, rejection, demand, proposal, attack, appointment, dismissal, accusation, warning, other …
	Trigger string                 // the trigger word's lemma: "meet", "sideline"
	Summary string                 // a plain sentence: "Steve Witkoff met Vladimir Putin in Moscow"
	Status  string                 // timeline.Occurred, Expected, Planned, Reported, Denied, Hypothetical
	Actors  []timeline.Participant // resolved actor ids with roles, agent first
	Places  []string               // place names as canonical actor names: "Moscow"
	When    *timeline.When         // nil when the text gives no time
	Mention timeline.Mention       // the sentence that tells it

	// Object is the clipped phrase the event is about, when it has one:
	// "guarantees that NATO will not allow Ukraine to join".
	Object string
	// Salience is how timeline-worthy the event is, 0 to 1.
	Salience float64
	// Speaker is the index in Result.Events of the statement that reports
	// this event, or -1 when it is told directly.
	Speaker int
}

// LinkMention relates two event mentions of the same document.
type LinkMention struct {
	From, To   int // indexes into Result.Events
	Kind       string
	Cue        string
	Confidence float64
}

// Document extracts the event mentions of doc. Actor mentions must carry
// their resolved IDs; a mention without one is known by its name.
//
// The trigger lexicon leaves headings out: they repeat what the body
// tells. A photo caption gives only events it dates itself ("… shake
// hands at the summit in Osaka, June 28, 2019"): the picture is often
// years old, and an undated caption event would be taken for news. A
// sentence repeated word for word (a standfirst printed twice) is read
// once.
//
// sents, the language layer's analysis of doc's sentences, adds an event
// for every predicate the trigger lexicon does not know, headings
// included, and dates the events the text and the story place in time
// (see predicates and date); nil leaves them out, and every date the
// lexicon gives then has basis text.
func Document(doc *timeline.Document, timexes []timeline.Timex, actors []actor.Mention, sents []language.Sentence) Result {
	x := extractors.Get().(*extractor)
	defer x.release()
	x.reset(doc, timexes, actors)
	repairParse(sents)
	x.cutActorsAtVerbs(sents)
	x.noteSpeakerGenders(sents)
	x.noteSubjects(sents)
	x.sents = sents
	for _, sp := range x.sentences() {
		x.sentence(sp)
	}
	x.rekind(sents)
	x.lexEvents = len(x.res.Events)
	x.predicates(sents)
	x.dateHeadlines()
	x.oneSensePerDiscourse()
	x.strikeSensePerDiscourse(sents)
	x.captionsLookBack()
	x.markBasis()
	x.groupWarnings()
	x.undatedHypotheticals()
	x.clauseLinks(sents)
	x.plotLinks(sents)
	x.finishLinks()
	res := x.res
	res.Events = slices.Clone(x.res.Events) // exact: the buffer stays in the pool
	for i := range res.Events {
		res.Events[i].Summary = closedQuotes(withoutTimeLead(oneLine(res.Events[i].Summary), res.Events[i].Mention.Text))
	}
	x.shareDates(res.Events)
	return res
}

// shareDates makes the events of one document that have equal dates
// share one: every event dated by the publication day, say, has a date
// of its own until then, and the results of every document are held
// until they are merged (8 MB of the benchmark corpus's). Nothing
// changes a date once the document is read.
func (x *extractor) shareDates(events []EventMention) {
	for i := range events {
		w := events[i].When
		if w == nil {
			continue
		}
		if same, ok := x.dates[*w]; ok {
			events[i].When = same
		} else {
			x.dates[*w] = w
		}
	}
}

// extractors keeps extractors with their buffers and maps between
// documents: most of what one document needs, the next can reuse.
var extractors = sync.Pool{New: func() any {
	return &extractor{seen: map[string]bool{}, known: map[string]actorFacts{}, sites: map[string]bool{}, dates: map[timeline.When]*timeline.When{}}
}}

// release empties x of the document it read and returns it to the pool.
func (x *extractor) release() {
	clear(x.res.Events) // hold no strings of the document
	clear(x.toks)
	clear(x.cands)
	clear(x.seen)
	clear(x.known)
	clear(x.sites)
	clear(x.dates)
	events := x.res.Events[:0]
	*x = extractor{
		seen: x.seen, known: x.known, sites: x.sites, dates: x.dates, spans: x.spans[:0],
		toks: x.toks[:0], trigs: x.trigs[:0], segs: x.segs[:0], segOf: x.segOf[:0], cands: x.cands[:0],
		described: x.described[:0], pronounLed: x.pronounLed[:0],
	}
	x.res.Events = events
	extractors.Put(x)
}

// extractor holds what one document has told so far.
type extractor struct {
	doc     *timeline.Document
	actors  []actor.Mention
	timexes []timeline.Timex
	tz      tokenizer
	res     Result

	seen        map[string]bool
	prevSubject int         // actor mention of the last sentence's subject, -1
	described   []described // persons described as subjects, in text order (see noteSubjects)
	// pronounLed are the starts of the sentences whose subject only a
	// pronoun names (see noteSubjects).
	pronounLed   []int
	sents        []language.Sentence // the document's parsed sentences, in text order
	pronounChain int                 // how deep leadingPronounRef reads
	quoteReading bool                // quotedSpeaker is reading a speaker's pronoun
	// speakers carries a quotation across sentences: the statement that
	// introduced it with a colon, or the one a running quote belongs to.
	colonSpeaker, quoteSpeaker int
	spoke                      speaking // the occasion a speaker was last dated at (see speakerGoesOn)

	genders map[string]byte       // by actor id, read before the sentences (see noteSpeakerGenders)
	known   map[string]actorFacts // by actor id, built on first use
	sites   map[string]bool       // surface names the document uses for places
	indexed bool                  // known and sites are built

	dates map[timeline.When]*timeline.When // the events' dates, each once (see shareDates)

	spans []timeline.Span
	// dateline is the day of the document's dateline, which stands for
	// its publication day (see reportDay), or nil.
	dateline *timeline.Timex
	// lexEvents is the number of events the trigger lexicon gave: the
	// first of Result.Events, dated by its own reading of the sentence.
	lexEvents int
	// headlines are the events headlines tell as news, to be dated once
	// the body is read (see dateHeadlines).
	headlines []int

	cands []cand
	toks  []token
	trigs []trig
	segs  []segment
	segOf []int
}

// reset readies a pooled x for doc.
func (x *extractor) reset(doc *timeline.Document, timexes []timeline.Timex, actors []actor.Mention) {
	actors = sortedBy(actors, func(m actor.Mention) int { return m.Start })
	timexes = sortedBy(timexes, func(t timeline.Timex) int { return t.Start })
	x.doc, x.actors, x.timexes = doc, actors, timexes
	x.prevSubject, x.colonSpeaker, x.quoteSpeaker = -1, -1, -1
	x.spoke = speaking{}
	x.tz = tokenizer{text: doc.Text, actors: actors, timexes: timexes}
	x.res.Doc = doc.ID
	x.dateline = x.reportDay()
}

// sortedBy returns xs sorted by key, cloning only when it is not sorted.
func sortedBy[T any](xs []T, key func(T) int) []T {
	if slices.IsSortedFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) }) {
		return xs
	}
	xs = slices.Clone(xs)
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return xs
}

// id returns the actor id of mention ref, or one made from its name.
func (x *extractor) id(ref int) string {
	m := x.actors[ref]
	if m.ID != "" {
		return m.ID
	}
	return slug(cmp.Or(m.Name, m.Text))
}

// name returns the fullest name of mention ref.
func (x *extractor) name(ref int) string {
	m := x.actors[ref]
	return bodyName(m.Kind, strings.TrimPrefix(cmp.Or(m.Name, m.Text), "the "))
}

// placeName returns the name of a place as the text names it: "in Moscow"
// is the city even where "Moscow" elsewhere stands for its government.
func (x *extractor) placeName(ref int) string {
	m := x.actors[ref]
	if m.Kind == timeline.Place && m.Name != "" {
		return m.Name
	}
	t := strings.TrimPrefix(m.Text, "the ")
	if n := possessiveSuffix(t); n > 0 {
		t = t[:len(t)-n]
	}
	return t
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127 && isWordRune(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// resolveIt returns the country or organisation "it" at j stands for: the
// nearest one before it in the sentence, other than the antecedent of the
// relative clause "it" stands in ("the Donbas, which it annexed").
func (x *extractor) resolveIt(s *sentence, j int) int {
	skip := -1
	if si := s.segOf[j]; s.isRelative(si) {
		skip = s.segs[si].lo - 1
		for skip >= 0 && s.toks[skip].kind == tPunct {
			skip--
		}
	}
	for _, subjectOnly := range []bool{true, false} {
		for k := j - 1; k >= 0; k-- {
			t := s.toks[k]
			if k == skip || t.kind != tActor || t.quoted != s.toks[j].quoted {
				continue
			}
			if subjectOnly && (t.poss || s.prepBefore(k) != "" || s.isModifier(k)) {
				continue
			}
			if kind := x.actors[t.ref].Kind; kind == timeline.Country || kind == timeline.Organization {
				return t.ref
			}
		}
	}
	return -1
}

// lastTwoPersons returns the two people "the two" or "both" at j refers
// to: the last two distinct people named before it, in order.
func (x *extractor) lastTwoPersons(s *sentence, j int) []int {
	// "the two presidents": people with that role if two are named.
	if role := strings.TrimSuffix(wordAt(s.toks, j+1), "s"); len(role) > 3 {
		if pair := x.lastTwo(s.toks[j].start, role); pair != nil {
			return pair
		}
	}
	return x.lastTwo(s.toks[j].start, "")
}

// lastTwo returns the last two distinct people named before pos whose role
// contains role ("" for any), in order.
func (x *extractor) lastTwo(pos int, role string) []int {
	var refs []int
	var ids []string
	for k := len(x.actors) - 1; k >= 0 && len(refs) < 2; k-- {
		m := x.actors[k]
		if m.End > pos || m.Kind != timeline.Person || role != "" && !strings.Contains(strings.ToLower(x.roleOf(k)), role) {
			continue
		}
		if pos-m.End > 3000 || role == "" && pos-m.End > 800 {
			break
		}
		id := x.id(k)
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
			refs = append(refs, k)
		}
	}
	if len(refs) < 2 {
		return nil
	}
	return []int{refs[1], refs[0]}
}

// namesPlace reports whether the text of mention ref names a place
// elsewhere in the document: "the Moscow meeting" where "Moscow" also
// stands for the Russian government.
func (x *extractor) namesPlace(ref int) bool {
	x.indexActors()
	return x.sites[x.actors[ref].Text]
}

// roleOf returns the role given to the actor of mention k anywhere in the
// document: "US president".
func (x *extractor) roleOf(k int) string {
	x.indexActors()
	return x.known[x.id(k)].role
}

// speakerPerson returns the person who speaks in the sentence: the agent of
// its first statement told directly. "He said" in the next sentence is
// most often the same speaker.
func (s *sentence) speakerPerson(cands []cand) int {
	for _, c := range cands {
		if c.emitted && c.reported < 0 && c.t.speech() && !s.toks[c.t.tok].quoted && len(c.roles.agents) > 0 {
			if a := c.roles.agents[0]; s.x.actors[a].Kind == timeline.Person {
				return a
			}
		}
	}
	return -1
}

// subjectPerson returns the first person in the sentence that is a subject.
func (s *sentence) subjectPerson() int {
	for i, t := range s.toks {
		if t.kind == tActor && !t.quoted && s.x.actors[t.ref].Kind == timeline.Person &&
			!t.poss && s.prepBefore(i) == "" && !s.isModifier(i) {
			return t.ref
		}
	}
	return -1
}
