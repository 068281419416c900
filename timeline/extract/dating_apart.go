package extract

import "strings"

// daysApart reports whether event noun n, or the verb of a clause, is
// placed a day or more from the clause it hangs from: "sold shares on
// Wednesday, days before the announcement", "a week after the vote",
// "resigned on Friday, days after the report was published". The clause's day is then not
// the noun's. Minutes or hours from a day are that day, as a reader
// takes it (see closeMark): "evacuated late on Saturday, hours before
// the eruption" leaves the eruption Saturday's, and a bare "after the
// show" is as often the same day as not. A time after the noun may be
// its own ("fled days after the takeover in 1948"); the caller asks
// only of one before it. Nor a "before" inside a time expression: "The
// day before last Tuesday's hearing" dates the hearing by its own
// "last Tuesday's".
func (p parsed) daysApart(n int) bool {
	if p.word(n).UPOS != "NOUN" && p.word(n).UPOS != "VERB" {
		return false
	}
	marker := "case"
	if p.word(n).UPOS == "VERB" {
		marker = "mark" // "a week after the election was called"
	}
	for k := 1; k < n; k++ {
		if p.head(k) != n || p.rel(k) != marker || !otherTimeCase(strings.ToLower(p.word(k).Form)) || p.inTimex(k) {
			continue
		}
		switch strings.ToLower(p.word(k - 1).Form) {
		case "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades":
			// A distance, not a date: "was fined last year after a
			// derailment" is the fine's year and may be the derailment's.
			return !p.inDate(k - 1)
		}
	}
	return false
}

// inDate reports whether word j lies in a time expression that names
// days (see datesDays), not a duration.
func (p parsed) inDate(j int) bool {
	w := p.word(j)
	for _, c := range p.txs {
		if tx := p.x.timexes[c.ref]; tx.Start <= w.Start && w.End <= tx.End {
			return true
		}
	}
	return false
}
