package resolve

// toldFacts are what an event's tellings say beside its dates, for the
// second pass: the counts they give, and the last day of the years an
// undated telling of the past names (pastUntil; 0 when none does).
// What few events' tellings say lies apart, in rare: 48 bytes an event
// rather than 104 (bench2000: 90,403 events, 11,000 of them with a
// phase, a count of things or an unnamed speaker; 5 MB less at the
// merge's peak, where every event's facts are held).
type toldFacts struct {
	counts countSpan
	// about holds what the tellings of a thin event are about
	// (addAbout), nil for others: for thinUndated.
	about     *said
	rare      *rareFacts // nil when it would hold nothing
	pastUntil int32
	// name is the first name a telling gives it (eventName), 0 when
	// none does.
	name uint32
	// reached says that every count is a value a change reached.
	reached, past bool
	// generic says that every telling is a plural in general
	// (genericPlural), and singular that one is not.
	generic, singular bool
	// textDay says that every telling is dated by its text to one day
	// (textDay).
	textDay bool
	// allAnother says that every telling is of another of its kind
	// (anotherOf), and nounsOnly that every one is an event noun
	// (toldAsNoun).
	allAnother, nounsOnly bool
	// notNoun says that a telling of a thin event is told by a word
	// other than an event noun (toldAsNoun; one whose word has no place
	// in its sentence is not judged).
	notNoun bool
}

// rareFacts are the toldFacts that most events' tellings do not give.
type rareFacts struct {
	// phase is the first noun a telling says starts or ends
	// (phaseSubject), "" when none does.
	phase string
	// unsaid is what its tellings say when it is something said by no
	// one named (saidBy of its tellings), nil otherwise.
	unsaid *said
	// nth is what its tellings count of the things they befell
	// (tellingNth: "a fourth leak", "three leaks").
	nth []nthTold
}

func (f *toldFacts) phase() string {
	if f.rare == nil {
		return ""
	}
	return f.rare.phase
}

func (f *toldFacts) unsaid() *said {
	if f.rare == nil {
		return nil
	}
	return f.rare.unsaid
}

func (f *toldFacts) nth() []nthTold {
	if f.rare == nil {
		return nil
	}
	return f.rare.nth
}

// clusterFacts returns the toldFacts of every event of cs, on every CPU
// (each event's its own: it read every record's sentence one after
// another, serial wall time between the passes).
func clusterFacts(cs *clusterList, recs []record) []toldFacts {
	out := make([]toldFacts, cs.len())
	// The thin events' words are kept in one list, not one allocation
	// each (a tenth of the merge's allocations on the benchmark corpus).
	n := 0
	for i := range out {
		if weighsAbout(cs.at(int32(i))) {
			n++
		}
	}
	abouts := make([]said, n)
	for i := range out {
		if weighsAbout(cs.at(int32(i))) {
			n--
			out[i].about = &abouts[n]
		}
	}
	parallel(len(out), func(i int) {
		f := &out[i]
		c := cs.at(int32(i))
		f.textDay = textDay(c, recs)
		unnamedSpeech := familyOf(c.kind, "") == famSpeech && len(c.agents()) == 0
		thinEvent := f.about != nil
		var rare rareFacts
		// Only a nameless event's tellings are weighed as nouns
		// (namelessNoun): the others are not read for it.
		f.allAnother, f.nounsOnly = true, len(c.actors()) == 0
		for _, ri := range c.members {
			r := &recs[ri]
			if n, reached, ok := countOf(r.m); ok {
				f.reached = reached && (f.reached || !f.counts.known())
				f.counts = f.counts.widen(n)
			}
			if rare.phase == "" {
				rare.phase = phaseSubject(r.m)
			}
			if f.name == 0 {
				f.name = eventName(r.m)
			}
			rare.nth = addNth(rare.nth, r.m)
			if unnamedSpeech {
				rare.unsaid = addSaying(rare.unsaid, r.m)
			}
			if thinEvent && r.m.Mention.Trigger != nil {
				f.notNoun = f.notNoun || !toldAsNoun(r)
				f.about = addAbout(f.about, r)
			}
			f.nounsOnly = f.nounsOnly && r.m.Mention.Trigger != nil && toldAsNoun(r)
			f.allAnother = f.allAnother && anotherOf(r)
			if genericPlural(r) {
				f.generic = true
			} else {
				f.singular = true
			}
			if d, ok := pastUntil(r); ok && (!f.past || d > f.pastUntil) {
				f.pastUntil, f.past = d, true
			}
		}
		if rare.phase != "" || rare.unsaid != nil || rare.nth != nil {
			f.rare = &rare
		}
	})
	return out
}

// toldApart reports whether what the events ia and ib tell beside their
// dates keeps them apart: counts too far apart to be one event's, the
// starts or ends of two things in a stream (phasesApart; in an archive,
// where ECB+ annotates a phase verb apart from what it starts, it cost
// train CoNLL F1 62.7 → 62.6), or
// an undated telling of past years and an event dated after them
// (ps.told is nil where none were read).
func (ps *pairScorer) toldApart(cs *clusterList, ia, ib int32) bool {
	if int(max(ia, ib)) >= len(ps.told) {
		return false
	}
	fa, fb := &ps.told[ia], &ps.told[ib]
	if countsClash(fa.counts, fb.counts) || reachedClash(fa.counts, fb.counts, fa.reached, fb.reached) || nthApart(fa.nth(), fb.nth()) || namesApart(fa.name, fb.name) || !ps.archive && phasesApart(fa.phase(), fb.phase()) || onlyGeneric(fa) != onlyGeneric(fb) {
		return true
	}
	a, b := cs.at(ia), cs.at(ib)
	if fa.allAnother != fb.allAnother && shareDoc(a, b) {
		return true // "the eruption", "another eruption" (see another.go)
	}
	if ua, ub := fa.unsaid(), fb.unsaid(); ua != nil && ub != nil && !ua.agrees(ub) &&
		(shareDoc(a, b) || !ps.archive && ua.n >= enoughSaid && ub.n >= enoughSaid) {
		// One writer's two sayings of no one named, that say different
		// things: two speakers the extractor did not name, or one
		// speaker's two sayings. So are two writers' sayings of one day
		// that each say enough in no word alike ("witnesses said one of
		// the gates was locked", "said 23 of the injured were in serious
		// condition"; see enoughSaid).
		return true
	}
	return b.dated && !a.dated && fa.past && b.start > fa.pastUntil ||
		a.dated && !b.dated && fb.past && a.start > fb.pastUntil
}

// onlyGeneric reports whether every telling of an event is a plural in
// general (genericPlural).
func onlyGeneric(f *toldFacts) bool { return f.generic && !f.singular }
