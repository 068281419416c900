package resolve

// "The eruption began shortly after 2 a.m. on Sunday" tells one event by
// two words: the extractor files the noun and its verb of starting apart
// (ECB+ marks the start as a happening of its own), and one sentence
// otherwise tells one event once (toldBeside), so a news story's timeline
// showed "The eruption" and "The eruption began" side by side, each
// gathering other outlets' tellings, on the same day. For a timeline the
// start of a thing is when it happened. Its end ("the eruption ended on
// March 18") is another day's event and stays apart. So is a verb of
// occurring with its subject ("An explosion tore through the plant": see
// occur.go).

// startVerbs are the phase verbs (phaseVerbs) that tell a thing's onset.
var startVerbs = setOf("start", "begin", "commence")

// startedBy reports whether c holds a telling of r's sentence, in a
// dated stream and reported alike, one of which is the other's noun with
// a verb of starting: "The eruption began", "the eruption".
func startedBy(r *record, c *cluster, recs []record) bool {
	if !r.hasPub || !c.hasDoc(r.doc) {
		return false
	}
	for _, mi := range c.members {
		o := &recs[mi]
		if o.doc != r.doc || o.m.Speaker != r.m.Speaker || o.m.Mention.Start != r.m.Mention.Start || o.m.Mention.End != r.m.Mention.End {
			continue
		}
		if startsNoun(r, o) || startsNoun(o, r) {
			return true
		}
	}
	return false
}

// startsNoun reports whether v tells the start or the occurring of what
// n's noun names.
func startsNoun(v, n *record) bool {
	if !nounTelling(n) {
		return false
	}
	noun := triggerWord(n.m.Trigger)
	return startVerbs[triggerWord(v.m.Trigger)] && phaseSubject(v.m) == noun || occurredSubject(v) == noun
}

// startsSome reports whether r is told by a verb that may start or tell
// the occurring of a noun of its sentence (startsNoun).
func startsSome(r *record) bool { return startVerbs[r.trigger] || occurrenceVerbs[r.trigger] }
