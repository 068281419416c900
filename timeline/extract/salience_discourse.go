package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// groupWarnings ranks an unnamed group's undated warning as the parse's
// events rank: "Shipping analysts warned that the delays could last
// months" is commentary, as "analysts said" is (which gives no statement
// at all, see emit), not a deed the timeline can place. A warning with a
// day of its own, or by someone named, a state or a body, keeps its
// rank.
func (x *extractor) groupWarnings() {
	x.indexActors()
	for i := range x.res.Events {
		ev := &x.res.Events[i]
		if ev.Kind != KindWarning || ev.When != nil || ev.Speaker >= 0 || len(ev.Actors) == 0 || ev.Actors[0].Role != timeline.RoleAgent {
			continue
		}
		if x.known[ev.Actors[0].ID].kind == timeline.Group {
			ev.Salience = min(ev.Salience, bareSalience)
		}
	}
}

// storySubjectMentions is how many sentences of one document must name
// an event with the same noun for it to be what the document is about:
// "the outage", "the mutiny", "the fire", told again and again, is the
// news every other event of the story hangs on.
const storySubjectMentions = 3

// nounEvent is an event of the document named by a noun: its index in
// the events, the sentence that names it and whether that is the
// headline or the lede.
type nounEvent struct {
	event, sent    int
	front, subject bool
}

// triggerKinds are the kinds of the trigger lexicon, whose rules rank
// their events.
var triggerKinds = set(KindMeeting + " " + KindCall + " " + KindStatement + " " + KindAnnouncement + " " +
	KindAgreement + " " + KindRejection + " " + KindProposal + " " + KindDemand + " " + KindAppointment + " " +
	KindDismissal + " " + KindAttack + " " + KindAccusation + " " + KindWarning + " " + KindVisit)

// storySubject shows the event a document keeps naming with one noun on
// the day the text gives it: a word outside the lexicon's kinds ("the
// outage", "the mutiny") ranks as a state would, yet a reader sees it as
// the story's subject when the article names it in sentence after
// sentence, and named it in its headline or lede, where a story says
// what it is about. Only the dated, told mentions rise: a telling of what might
// happen, or one with no day, still has no place in the pictures, and
// the trigger lexicon's nouns ("the call", "the talks") keep the rank
// its rules give them.
func (x *extractor) storySubject(nouns []nounEvent) {
	sents := map[string][]int{} // the sentences that name each noun's event
	front := map[string]bool{}  // named in the headline or the lede
	for _, n := range nouns {
		ev := &x.res.Events[n.event]
		if ev.Kind == KindStatement || !wn.IsEventNoun(ev.Trigger) {
			continue // "the concern", "the code": a thought or a thing as often as a happening
		}
		if s := sents[ev.Trigger]; len(s) == 0 || s[len(s)-1] != n.sent {
			sents[ev.Trigger] = append(s, n.sent)
		}
		front[ev.Trigger] = front[ev.Trigger] || n.front
	}
	told := func(n nounEvent) bool {
		ev := &x.res.Events[n.event]
		return n.event >= x.lexEvents && !triggerKinds[ev.Kind] && n.subject && front[ev.Trigger] && len(sents[ev.Trigger]) >= storySubjectMentions && ev.When != nil && ev.Speaker < 0 &&
			(ev.Status == timeline.Occurred || ev.Status == timeline.Reported)
	}
	day := map[string]timeline.Date{} // the day the headline or lede gives each subject
	for _, n := range nouns {
		ev := &x.res.Events[n.event]
		if _, ok := day[ev.Trigger]; n.front && told(n) && !ok {
			day[ev.Trigger] = ev.When.Start
		}
	}
	for _, n := range nouns {
		// A headline gives no day ("IT outage grounds flights"): the
		// body's first is the subject's.
		ev := &x.res.Events[n.event]
		if _, ok := day[ev.Trigger]; told(n) && !ok {
			day[ev.Trigger] = ev.When.Start
		}
	}
	for _, n := range nouns {
		// The subject happened once, on the day the lede gives it; a
		// day told later is most often that of a telling of it ("the
		// fire started in a fridge, police said on Friday"), of its
		// aftermath or of another one ("a ceasefire agreed in 2015").
		// Only the subject of its clause has the clause's day: the
		// thing another event is about ("opened an inquiry on Monday
		// into the collapse") has that event's.
		if ev := &x.res.Events[n.event]; told(n) && ev.When.Start == day[ev.Trigger] {
			ev.Salience = max(ev.Salience, timeline.DefaultMinSalience)
		}
	}
}

// unrealised lists the adjectives that make an event noun one that may
// not happen: "a possible intervention", "the proposed merger".
var unrealised = set("possible potential proposed planned likely future prospective threatened mooted")

// storyNoun reports whether noun i names an event the way a story names
// its subject, plainly: "the outage", "a fire". One with a possessor is
// someone's ("the company's collapse" may be another company's, in
// another year), and one that may not happen is no subject yet.
func (p parsed) storyNoun(i int) bool {
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		switch p.word(k).Deprel {
		case "nmod:poss":
			return false
		case "amod":
			if unrealised[strings.ToLower(p.word(k).Lemma)] {
				return false
			}
		}
	}
	return true
}

// undatedHypotheticals ranks what only might happen, with no day, as the
// parse's events rank: "they could sign contracts with the army", "if
// the talks fail" belong to the telling, and the report has no date to
// show them on and no deed to list.
func (x *extractor) undatedHypotheticals() {
	for i := range x.lexEvents {
		if ev := &x.res.Events[i]; ev.Status == timeline.Hypothetical && ev.When == nil {
			ev.Salience = min(ev.Salience, bareSalience)
		}
	}
}
