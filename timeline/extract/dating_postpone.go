package extract

import "strings"

// postponedTo reports whether time expression ref is the time verb v puts
// a deed off to: "would delay the launch to the second quarter",
// "postponed the vote until March", "pushed the final back to Sunday".
// That time is the deed's new one (the launch's, the vote's), which the
// deed keeps; the putting off was done before it, when the story tells it.
func (p parsed) postponedTo(ref, v int) bool {
	if !p.postpones(v) {
		return false
	}
	for _, c := range p.txs {
		if c.ref != ref {
			continue
		}
		switch p.caseOf(c.top) {
		case "to", "until", "till":
		default:
			return false
		}
		h := p.head(c.top)
		return h == v || h >= 0 && p.head(h) == v && p.rel(h) == "obj"
	}
	return false
}

// postpones reports whether verb v puts a deed off: "delay", "postpone",
// "defer", "reschedule", or "push", "move" or "set" with "back", "put"
// with "off".
func (p parsed) postpones(v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "delay", "postpone", "defer", "reschedule":
		return true
	case "push", "move", "set":
		return p.particle(v, "back")
	case "put":
		return p.particle(v, "off")
	}
	return false
}
