package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// recheck undoes a date the trigger lexicon gave a saying when the parse
// shows that the expression dates what was said: the lexicon reads the
// sentence as a string and takes its nearest date, but in "The farm was
// sold on Wednesday, Eva Falk said" or "Eva Falk said last week's flood
// was a disaster" the sale and the flood have those dates. TimeML links
// each expression to the event it governs; the saying itself is told on
// the publication day, as dateByTense dates a bare saying, and keeps that
// date: it does not become an undated event. A date the parse attaches to
// the saying, to a clause that goes on with it or to nothing stays.
func (x *extractor) recheck(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	if ev.When == nil {
		return
	}
	if x.tollCounted(p, pl.word, ev.When) || x.inquiredInto(p, pl.word, ev.When) {
		ev.When = nil
		return
	}
	if !p.isSpeech(pl.word) {
		x.recheckDeed(p, pl)
		return
	}
	lexical := pl.event < x.lexEvents
	clause := p.clauseOf(pl.word)
	for _, c := range p.txs {
		// As the lexicon read it: "from March 9 to March 20" is one
		// range, which no single expression's text matches.
		if w := x.when(c.ref); w.Text != ev.When.Text || w.Value != ev.When.Value {
			continue
		}
		// The parse's own sayings are dated by what it attaches to
		// them; only a day of the speaker's phrase is taken back.
		if speaker := p.inSpeakerPhrase(clause, c.top); !speaker && (!lexical || c.att < 0 || c.att == clause || !p.saidContent(pl.word, c.att)) {
			return
		}
		ev.When = nil
		if p.tense(clause) != past {
			return
		}
		pastAgain(ev)
		if !p.reportedBy(pl.word) && p.mainClause(pl.word) {
			ev.When = x.publication()
		}
		return
	}
}

// saidContent reports whether word w lies in what saying s reports: below
// it through a complement ("said last week's flood was a disaster"), or
// above it when the saying is put in after the report ("The farm was
// sold on Wednesday, Eva Falk said").
func (p parsed) saidContent(s, w int) bool {
	for c, hops := w, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.head(c) == s {
			switch p.rel(c) {
			case "ccomp", "parataxis", "csubj":
				return true
			}
			return false
		}
	}
	for c, hops := s, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.head(c) == w {
			return p.rel(c) == "parataxis"
		}
	}
	if q := p.head(s); q >= 0 && p.rel(s) == "parataxis" {
		// Anywhere in the report the saying is put after: "Parliament
		// will vote on the motion next Thursday, speaker Ivo Renner
		// said" dates the vote (by the motion), not the saying.
		for c, hops := w, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
			if c == s {
				return false
			}
			if c == q {
				return true
			}
		}
	}
	return false
}

// datedByAnother reports whether the date the trigger lexicon gave the
// event of verb w, of sentence p read with its time expressions, is
// another event's: one its object's phrase holds
// ("threatened further stoppages in April", "promised elections next
// year" date what is threatened or promised, not the threat), or the
// possessive of an event the verb came after or before ("sacked the
// manager following Saturday's defeat"). The lexicon's reading by nearness cannot tell; the parse's
// reading, which can, is kept instead.
func (x *extractor) datedByAnother(p parsed, w int, ev *EventMention) bool {
	if ev.When == nil || p.word(w).UPOS != "VERB" || p.isSpeech(w) {
		return false // a saying's date is rechecked (see recheck)
	}
	if x.asideTime(p, w, ev.When.Text) {
		return true // "Carl Dahl, who served as mayor in 2022, has denied": the term's year
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text != ev.When.Text {
			continue
		}
		if n := p.head(c.top); p.word(c.top).Deprel == "nmod:poss" && n >= 0 {
			// "following Saturday's defeat" is after it; "during
			// Tuesday's debate" and "at Monday's meeting" are on the day.
			switch p.caseOf(n) {
			case "after", "following", "before", "since", "until":
				return true
			}
			// "demanded a recount of Sunday's vote on Tuesday": the
			// verb's own day is the one the parse hangs on it.
			return p.hasTimeOfItsOwn(w)
		}
		if p.relativeTimed(c.top, w) {
			return true // "removing the last hurdle for a deal first announced in January": the announcement's
		}
		for k, hops := c.top, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
			if p.head(k) == w {
				switch p.rel(k) {
				case "obj", "xcomp":
					return k != c.top // the object itself a time ("set Friday") is the verb's date
				case "ccomp":
					return p.hasDependent(k, "nsubj") // a clause of its own, not a misparsed noun ("met his aides Wednesday")
				case "nsubj":
					return p.subjectRelativeTime(c.top, w) // "The jet that crashed on Sunday had arrived"
				case "conj":
					// A date of an event inside the other clause: "called
					// the crackdown shameful and urged a strike on
					// Wednesday"; one of the other verb itself ("raided two
					// homes and arrested six men on Friday") is shared,
					// unless its own auxiliary sets it in another time
					// ("agreed a contract and will be presented to fans on
					// Wednesday").
					return p.word(k).UPOS == "VERB" && (p.eventBelow(c.top, k) || p.otherTime(w, k))
				}
				return false
			}
		}
		return false
	}
	return false
}

// participleOfAnother reports whether the trigger lexicon named, as the
// doer of participle w, an actor the parse puts in another role: in "the
// club announced the decision, thanking Rossi for his work and saying
// that Wells would take charge" the lexicon's nearest name is Rossi, the
// one thanked, while the club is saying it.
func (x *extractor) participleOfAnother(p parsed, w int, ev *EventMention) bool {
	if p.word(w).XPOS != "VBG" || p.hasDependent(w, "nsubj") || p.hasDependent(w, "aux") {
		return false
	}
	switch p.rel(w) {
	case "advcl", "conj":
	default:
		return false
	}
	return x.otherAgent(p, w, ev)
}

// relativeOfAnother reports whether verb w tells a relative clause's own
// event, or one coordinated in it ("the wildfire, which has destroyed 112
// homes and killed two people"), in a reported clause whose object it
// shares, or after a speaker's aside that interrupts the clause it is
// joined to, that the lexicon gave another agent than the parse: the main
// clause's subject, or the nearest name before it.
func (x *extractor) relativeOfAnother(p parsed, w int, ev *EventMention) bool {
	c := w
	if p.rel(c) == "conj" && !p.hasDependent(c, "nsubj") {
		c = p.head(c)
	}
	if c < 0 || p.word(w).UPOS != "VERB" {
		return false
	}
	switch {
	case p.word(c).Deprel == "acl:relcl":
	case c == w && p.passiveRelative(w):
		// "the families of two drivers killed in crashes filed a
		// lawsuit": the drivers were killed; the families the lexicon
		// found before the verb killed no one.
	case p.word(c).Deprel == "ccomp" && c != w && p.hasDependent(c, "nsubj") && parallelObject(p.s.Words, c, w):
		// "told jurors that he gave her a list and told her to record
		// them": the second telling is his, in what she told (see
		// objectOfReported).
	case c != w && (p.hasDependent(c, "nsubj") || p.hasDependent(c, "nsubj:pass")) && p.asideBetween(c, w):
		// "An armed man took nine people hostage, police said, and
		// demanded a helicopter": the conjunct shares the subject of the
		// verb it is joined to, not the nearest name before it (see
		// conjunctAfterAside).
	case c != w && p.word(c).Deprel != "acl:relcl" && p.hasDependent(c, "nsubj") && p.ownPassive(c) && !p.ownPassive(w) && (p.hasDependent(w, "ccomp") || !p.sharesPassive(w)) && p.rightAfterCoordinator(w):
		// "Former Norland manager Carl Dahl has been linked with the
		// job but said …": the conjunct's doer is the passive's
		// subject, which the lexicon, reading doers only, passes over
		// for the first name of the sentence. A verb with a clause of
		// its own ("said he had not been contacted") is no participle
		// sharing the passive; one with a noun after its "and" may
		// have a subject the parse lost ("and police have urged").
	default:
		return false
	}
	return x.otherAgent(p, w, ev)
}

// otherAgent reports whether the lexicon named an agent for the event of
// verb w that the parse does not.
func (x *extractor) otherAgent(p parsed, w int, ev *EventMention) bool {
	agent := ""
	for _, a := range ev.Actors {
		if a.Role == timeline.RoleAgent {
			agent = a.ID
			break
		}
	}
	if agent == "" {
		return false
	}
	f := frame{pred: w, clause: w}
	p.arguments(&f, false)
	for _, a := range f.agents {
		if ref := p.actorAt(a); ref >= 0 && x.id(ref) == agent {
			return false
		}
	}
	return true
}

// relativeTimed reports whether time word t hangs on a participle that
// modifies a noun below verb w ("a deal first announced in January"):
// the time is the participle's, told of the noun, not w's.
func (p parsed) relativeTimed(t, w int) bool {
	v := p.head(t)
	if v < 0 || v == w || p.word(v).UPOS != "VERB" || p.word(v).XPOS != "VBN" || p.word(v).Deprel != "acl" {
		return false
	}
	for k, hops := p.head(v), 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if k == w {
			return true
		}
	}
	return false
}

// eventBelow reports whether a predicate other than verb v lies on the
// way up from word t to v: t dates that event, not v.
func (p parsed) eventBelow(t, v int) bool {
	for k, hops := p.head(t), 0; k >= 0 && k != v && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.isPredicate(k) {
			return true
		}
	}
	return false
}

// belowConjunct reports whether event word a lies under a verb
// coordinated with v, and is not that verb: a time of a's is no time of
// v's, while one of the coordinated verb itself may be shared.
func (p parsed) belowConjunct(a, v int) bool {
	for k, hops := a, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.head(k) == v {
			return k != a && p.rel(k) == "conj" && p.word(k).UPOS == "VERB"
		}
	}
	return false
}

// otherTime reports whether conjunct k carries an auxiliary that sets it
// in another time than verb w: a future coordinated with a past or
// present ("agreed a contract and will be presented on Wednesday"), or
// the reverse. A date of the one is no date of the other.
func (p parsed) otherTime(w, k int) bool {
	tk, ok := p.auxTense(k)
	if !ok {
		return false
	}
	tw := p.tense(w)
	switch {
	case tk == future:
		return tw == past || tw == perfect || tw == pluperfect
	case tw == future:
		return tk == past || tk == perfect || tk == pluperfect
	}
	return false
}

// asideTime reports whether the expression text of sentence p lies in a
// relative clause set off by commas that does not tell of verb w's own
// noun (see inOthersRelative). Every expression of the sentence counts,
// the bounds of a range too ("who served as mayor from 2012 to 2020"),
// which the parse's reading leaves out of its times.
func (x *extractor) asideTime(p parsed, w int, text string) bool {
	for _, tx := range x.timexes {
		if tx.Text == "" || !strings.Contains(text, tx.Text) || tx.Start < p.s.Span.Start || tx.End > p.s.Span.End {
			continue
		}
		if top := p.topWord(tx.Start, tx.End); top >= 0 && p.inOthersRelative(top, w) {
			return true
		}
	}
	return false
}

// rightAfterCoordinator reports whether verb w follows its "and" or "but"
// with only its own auxiliaries and adverbs between: "but said", "and
// has spoken", not "and police have urged".
func (p parsed) rightAfterCoordinator(w int) bool {
	cc := p.dependentOf(w, "cc")
	if cc < 0 || cc > w {
		return false
	}
	for k := cc + 1; k < w; k++ {
		if p.head(k) != w || p.rel(k) != "aux" && p.rel(k) != "advmod" {
			return false
		}
	}
	return true
}
