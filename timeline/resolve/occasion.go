package resolve

import (
	"slices"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A gathering named by its noun ("a donors' conference", "the summit",
// "an emergency session") is one occasion on one day at one place,
// whoever is said to host, open or attend it: "the government would host
// a donors' conference in Pravan on March 19" and "Vasko will open the
// donors' conference in Pravan on Thursday" are one conference, though the
// government and the prime minister, as agents, kept them apart. The two
// tellings must share someone named (here the donors), and two meetings
// of one noun, day and place that meet different people ("the meeting
// with Macron", "the meeting with Starmer") stay two.

// sameOccasion reports whether r and c tell a gathering by the same noun,
// on the same single day, at the same named places, naming someone in
// common and no different people met.
func sameOccasion(fam string, r *record, c *cluster) bool {
	if fam != famMeeting || !r.dated || !c.dated || r.start != r.end || c.start != r.start || c.end != r.end ||
		!gatheringNoun(r.trigger) || !slices.Contains(c.triggers, r.trigger) {
		return false
	}
	rp, cp := r.places(), c.places()
	if len(rp) == 0 || !equalSets(rp, cp) || countShared(r.actors(), c.actors()) == 0 {
		return false
	}
	rm, cm := others(r.actors(), r.agents()), others(c.actors(), c.agents()) // who was met
	return len(rm) == 0 || len(cm) == 0 || equalSets(rm, cm)
}

// gatheringNoun reports whether lemma is a noun and never a verb's lemma:
// a conference, a summit, a session, not the "meet" or "talk" a verb
// tells.
func gatheringNoun(lemma string) bool {
	return lemma != "" && wn.NounClass(lemma) != "" && wn.VerbClass(lemma) == ""
}
