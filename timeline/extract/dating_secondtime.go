package extract

// nounOfSecondTime returns the event noun that time j belongs to when the
// parse hangs it on verb v, which fronted time i already dates with
// another day: "On Tuesday, Italian media published a recording of a
// conversation between the captain and an officer at 1:46 a.m. on
// Saturday". A deed has one time; the second, told after the verb's
// object, is that of the nearest event noun before it. Else -1.
func (p parsed) nounOfSecondTime(i, j, v int, txs []sentTimex) int {
	if i == j || txs[j].att != v {
		return -1
	}
	fi, fj := p.x.timexes[txs[i].ref], p.x.timexes[txs[j].ref]
	if fj.Start < p.word(v).End || fi.Start > p.word(v).Start || fi.Interval == nil || fj.Interval == nil ||
		!fi.Interval.Start.After(fj.Interval.End) && !fj.Interval.Start.After(fi.Interval.End) {
		return -1 // only a time after the verb, on another day than the fronted one
	}
	for k := len(p.s.Words) - 1; k > v; k-- {
		w := p.word(k)
		if w.End > fj.Start {
			continue
		}
		if w.UPOS == "NOUN" && p.isPredicate(k) && p.above(v, k) {
			return k
		}
	}
	return -1
}
