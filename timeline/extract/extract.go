package extract

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
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
}

// LinkMention relates two event mentions of the same document.
type LinkMention struct {
	From, To   int // indexes into Result.Events
	Kind       string
	Cue        string
	Confidence float64
}

// Document extracts the event mentions of doc. Actor mentions must carry
// their resolved IDs.
func Document(doc *timeline.Document, timexes []timeline.Timex, actors []actor.Mention) Result {
	return Result{Doc: doc.ID}
}
