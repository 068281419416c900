package extract

import "github.com/storyline/storyline/timeline"

// A verb coordinated with a verb of saying is a second act of the one who
// speaks, told directly: "declared a state of emergency on Tuesday and
// flew to Dovrik" flew, as "denied wrongdoing and blamed a supplement"
// blamed. The word-order clauses read everything after a saying as what it
// reports, and so made the flight something declared, which merging then
// folded into the meeting of the same sentence ("where she met crews").
// Only a finite conjunct of the saying verb itself (or of such a
// conjunct) is freed: one inside what is said ("said the talks had failed
// and would resume") hangs on the reported verb, and is reported as it is
// (reportedBy: "said that Carl Dahl had resigned and left Ostburg" says
// he left).

// conjOfSaying reports whether word w is a finite verb coordinated with
// the trigger of the saying at speaker (an index into kept), directly or
// through other conjuncts.
func (p parsed) conjOfSaying(w int, kept []EventMention, speaker int) bool {
	if speaker < 0 || speaker >= len(kept) || p.rel(w) != "conj" {
		return false
	}
	switch p.word(w).XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	t := kept[speaker].Mention.Trigger
	if t == nil {
		return false
	}
	// Up a chain of conjuncts: "declared …, flew to Dovrik and met crews".
	for h := w; p.rel(h) == "conj"; {
		if h = p.head(h); h < 0 {
			return false
		}
		if p.word(h).Start == t.Start {
			return true
		}
	}
	return false
}

// freeFromSaying makes ev, a conjunct of its speaker's saying, told
// directly: no speaker, and what the saying's report made it (reported)
// becomes what happened.
func freeFromSaying(ev *EventMention) {
	ev.Speaker = -1
	if ev.Status == timeline.Reported {
		ev.Status = timeline.Occurred
	}
}

// firstConjunct returns the first of the conjuncts word c belongs to: the
// clause a verb of saying takes ("said he had resigned and left":
// resigned for left).
func (p parsed) firstConjunct(c int) int {
	for p.rel(c) == "conj" {
		h := p.head(c)
		if h < 0 {
			break
		}
		c = h
	}
	return c
}
