package resolve

// How the second pass judges the times of a candidate pair: whether its
// dates overlap, lie within one's vagueness, or fall where an undated
// one's documents can be about.

// timeFit says whether two events' times agree (1), cannot be one event's
// (-1), or say nothing either way (0). Dates must overlap, or lie within
// the vagueness of one of them; a dated event must fall in the days an
// undated one's documents can be about (undatedWindow). Something said is dated by its
// telling: two undated statements are one only when published within a
// day of each other, and never without a publication date.
func timeFit(a, b *cluster, speech, archive bool) int {
	switch {
	case a.dated && b.dated:
		gap := gapDays(a.start, a.end, b.start, b.end)
		switch {
		case gap < 0:
			return 1
		case nearVague(a, b, gap) && !shareDoc(a, b):
			return 0 // within the vagueness of one of them
		}
		return -1
	case a.dated || b.dated:
		if !a.dated {
			a, b = b, a
		}
		if !b.hasPub {
			return unknownTime(speech, archive)
		}
		fam := ""
		if speech {
			fam = famSpeech
		}
		before, after := undatedWindow(fam, b.status)
		return inWindow(a, b.pubFirst-before, b.pubLast+after)
	case !a.hasPub || !b.hasPub:
		return unknownTime(speech, archive)
	}
	spread := max(a.pubLast, b.pubLast) - min(a.pubFirst, b.pubFirst)
	if speech && spread > undatedSpread || spread > nearDays {
		return -1
	}
	return 0
}

// unknownTime judges a pair one of which has no day at all: two
// statements are then apart, since a speaker says something new often,
// unless no telling has a day to tell them by (an archive).
func unknownTime(speech, archive bool) int {
	if speech && !archive {
		return -1
	}
	return 0
}

// nearVague reports whether dated events gap days apart may still be
// one, as nearEnough says of the first pass: only when one of them is
// vaguer than a day and the gap within its vagueness. Two single days,
// even the next (power "restored to all but 6,000 homes" on Thursday,
// "fully restored" on Friday), are two events.
func nearVague(a, b *cluster, gap int32) bool {
	vague := max(a.end-a.start, b.end-b.start) + 1
	return vague > 1 && gap < min(vague, nearDays)
}

// shareDoc reports whether a document tells both events: one document
// giving two dates tells two events.
func shareDoc(a, b *cluster) bool {
	for _, d := range a.docs {
		if b.hasDoc(d) {
			return true
		}
	}
	return false
}

// inWindow returns 0 when dated event a overlaps the days [from, to],
// else -1.
func inWindow(a *cluster, from, to int32) int {
	if gapDays(a.start, a.end, from, to) < 0 {
		return 0
	}
	return -1
}
