package extract

import "github.com/storyline/storyline/timeline"

// resolvePronoun returns the person "he", "she" or "his" at j stands for:
// the nearest person before it in the sentence that is a subject, else the
// subject of the sentence before.
func (x *extractor) resolvePronoun(s *sentence, j int) int {
	if j > 0 && j+1 < len(s.toks) && s.toks[j-1].low == "," && !s.toks[j].quoted && postposedReport[s.toks[j+1].low] {
		// "Dahl was on probation, he said": the speaker is not the one
		// spoken of, but most often the one the story quoted last.
		return x.prevSubject
	}
	w := s.toks[j].low
	for k := len(s.cands) - 1; k >= 0; k-- {
		// The doer of the nearest event before: "Trump said he …",
		// "comments made by Trump in the Oval Office, where he hosted".
		c := s.cands[k]
		if c.t.tok < j && len(c.roles.agents) > 0 && s.toks[c.t.tok].quoted == s.toks[j].quoted &&
			x.actors[c.roles.agents[0]].Kind == timeline.Person && x.agrees(c.roles.agents[0], w) {
			if x.describedBetween(x.actors[c.roles.agents[0]].End, s.toks[j].start) {
				return -1
			}
			return c.roles.agents[0]
		}
	}
	subordinate := clauseWords[s.seg(j).first(s.toks)]
	for k := j - 1; k >= 0; k-- {
		t := s.toks[k]
		if t.kind == tActor && t.quoted == s.toks[j].quoted && x.actors[t.ref].Kind == timeline.Person &&
			!t.poss && (subordinate || s.prepBefore(k) == "" || s.mouthpieceOf(k)) && x.agrees(t.ref, w) {
			if x.describedBetween(t.end, s.toks[j].start) {
				return -1
			}
			return t.ref
		}
	}
	if x.describedBetween(s.span.Start, s.toks[j].start) {
		return -1
	}
	if !x.agrees(x.prevSubject, w) {
		return -1
	}
	return x.prevSubject
}

// postposedReport are the forms of reporting verbs that follow what was
// said: "…, he said", "…, she added".
var postposedReport = set("said says told tells added adds explained noted insisted")

// objectPronoun are the pronouns an object phrase may be that a summary
// names the one of instead.
var objectPronoun = set("him her them it us")
