package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// salience says how timeline-worthy an event read off the parse is: a
// change in the world done by someone on a known day is news; a state, a
// thought or a bare saying is less so. The day counts when the text
// attaches it to the predicate (own): a date the event only shares with
// its sentence is a weaker sign that the text is about it.
func (p parsed) salience(ev *EventMention, pred int, noun, own bool) float64 {
	s := 0.35 // a predicate of a known kind: a meeting, an attack, a resignation
	switch ev.Kind {
	case KindOther:
		// Outside every class the lexicon maps, a predicate is as often
		// a state or a turn of phrase as news: the events document keeps
		// it, the pictures leave it out even when named and dated.
		s = 0.05
		switch class := wn.VerbClass(ev.Trigger); {
		case !noun && withdrawals[ev.Trigger] && p.thingObject(pred):
			// "is recalling 310,000 sedans", "withdrew the drug from
			// shelves": a maker takes back what it sold, news as a
			// change is, though WordNet's first sense remembers.
			s = 0.2
		case class == "possession":
			s = 0
			if !noun && theftVerbs[ev.Trigger] {
				s = 0.2 // "hackers stole the data of 40 million customers": a crime, news as a deed is
			}
		case class == "stative" || class == "cognition" || class == "perception" || class == "emotion":
			s = 0
		case class == "social" || class == "communication":
			// A verb that puts an event in place or ends it
			// ("imposed sanctions", "declared a state of emergency",
			// "lifted the curfew") is news as that event is.
			if !noun && p.eventObject(pred) {
				s = 0.2
			}
		case class == "change" || class == "creation" || class == "competition" || class == "contact":
			// A verb that changes, makes, wins or does something to
			// its object ("raised its main interest rate", "cut 2,000
			// jobs", "won the final") is news when someone named does
			// it on a day of its own: the pictures show it then. On
			// the example stories: talks F1 .610 → .613, quake .654 →
			// .675.
			if !noun {
				s = 0.2
			}
		}
	case KindStatement:
		s = 0.25
	}
	if noun {
		s -= 0.05
	}
	if len(ev.Actors) > 0 {
		s += 0.15
		if ev.Actors[0].Role == timeline.RoleAgent || !noun && p.passive(pred) {
			s += 0.05 // a doer, or the one a passive is about: "three aid workers were released"
		}
	} else if ev.Kind == "disaster" && !noun && p.thingSubject(pred) {
		// "The rig sank", "the dam burst": the thing that failed is
		// what the story is about, as a named party would be.
		s += 0.15
	}
	if ev.Kind == KindOther && !noun && doingVerb(ev.Trigger) && p.boundPatient(pred) {
		// The thing pinned down makes the deed news as a named doer
		// would, and a doer named too does not make it less so.
		s = max(s, doneToSalience)
	}
	if ev.Kind == KindOther && !noun && p.movedPerson(pred) {
		s = max(s, movedSalience)
	}
	counted := !noun && (ev.Kind == "death" || ev.Kind == "attack" || ev.Kind == "disaster" || ev.Kind == "movement" && rescues[strings.ToLower(ev.Trigger)]) &&
		(ev.Status == timeline.Occurred || ev.Status == timeline.Reported) && p.countedVictims(pred, ev.Kind == "death" && !p.hasDependent(pred, "obj") && p.word(pred).Deprel != "acl:relcl")
	if counted {
		// "has killed 31 people": the toll is the news, whoever or
		// whatever took it, on the day its report gives or the one
		// its tense will.
		s += 0.15
	}
	// "Labour has won the election", "has been found guilty": the
	// result is the news on the day it is told, as a toll is.
	decided := !noun && (ev.Kind == "election" && (ev.Trigger == "win" || ev.Trigger == "lose") || p.courtOutcome(ev, pred)) &&
		(ev.Status == timeline.Occurred || ev.Status == timeline.Reported)
	if (ev.When == nil || !own) && !counted && !decided && !p.ledeNews(ev, pred) || p.word(pred).UPOS == "ADJ" && !counted || noun && !wn.IsEventNoun(ev.Trigger) && !p.heldByLightVerb(pred) {
		// A state ("was injured"; not a toll, "six people are dead")
		// or a noun the lexicon does not list
		// as an event ("the investigation") is as often background as
		// news, unless a light verb makes it happen ("opened an
		// investigation"): kept, dated if it can be, left out of the
		// pictures.
		// Nor is an event with no day of its own: dated by its
		// sentence, the story or the publication day if it can be.
		s = min(s, 0.45)
	} else {
		s += 0.2
	}
	if ev.Status == timeline.Hypothetical || ev.Status == timeline.Denied {
		s -= 0.1
	}
	return max(0.05, min(s, 0.85))
}
