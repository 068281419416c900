package extract

import "strings"

// A day can be what a verb acts on rather than when it acts: "declared
// Monday a non-working day", "made Friday a public holiday", "named
// Sunday a day of mourning" tell of a day set apart, not of a declaring on
// it. The mark of English is a verb that gives its object a complement
// (declare, make, name …), the day right after it as that object, and
// then a noun phrase whose head is itself a kind of day. "Announced Monday
// a plan" and "declared Monday a state of emergency" keep Monday as the
// time of the act: their complement is no day.

// complementVerbs give their object a predicate noun ("declare X a Y").
var complementVerbs = map[string]bool{
	"declare": true, "make": true, "name": true, "designate": true, "proclaim": true,
	"call": true, "dub": true, "mark": true, "set": true,
}

// dayNouns are kinds of day a day can be declared.
var dayNouns = map[string]bool{
	"day": true, "holiday": true, "deadline": true, "date": true, "weekend": true, "anniversary": true,
}

// objectDay reports whether time expression ref is the object of the
// verb right before it that a day noun after it describes (see above).
func (p parsed) objectDay(ref int) bool {
	first, last := p.timexWords(ref)
	v := first - 1
	if first < 1 || p.word(v).UPOS != "VERB" || !complementVerbs[strings.ToLower(p.word(v).Lemma)] ||
		last+1 >= len(p.s.Words) || p.word(last+1).UPOS != "DET" {
		return false
	}
	for k := last + 2; k < len(p.s.Words); k++ {
		w := p.word(k)
		switch w.UPOS {
		case "ADJ", "PUNCT", "NUM":
			continue
		case "NOUN":
			if p.head(k) != v {
				continue // a noun of a compound: "a bank holiday"
			}
			return dayNouns[strings.ToLower(w.Lemma)]
		}
		return false
	}
	return false
}

// withoutObjectDays returns p without the time expressions that are a
// day some verb acts on: they date no event of the sentence.
func (p parsed) withoutObjectDays() parsed {
	var kept []sentTimex
	for _, c := range p.txs {
		if !p.objectDay(c.ref) {
			kept = append(kept, c)
		}
	}
	p.txs = kept
	return p
}

// undoObjectDay takes back the date the trigger lexicon gave an event
// from the day it acts on ("declared Monday a non-working day"): the
// lexicon takes the nearest date of the sentence, the parse shows whose
// it is.
func (x *extractor) undoObjectDay(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	if ev.When == nil || pl.event >= x.lexEvents {
		return
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text == ev.When.Text && tx.Value == ev.When.Value && (p.objectDay(c.ref) || p.dayAsVerb(c.ref) == pl.word) {
			ev.When = nil
			return
		}
	}
}

// dayAsVerb returns the verb whose object time expression ref is when a
// day noun after "as" says what day it is to be: "set October 5 as the
// start date for the trial", "named Monday as the deadline for bids".
// The day is the trial's or the deadline's, not the setting's, which
// keeps the day its sentence tells ("A judge on Friday set …"); unlike
// "declared Monday a holiday" (objectDay), the day still dates what the
// day noun is for. It returns -1 when ref is no such object.
func (p parsed) dayAsVerb(ref int) int {
	first, last := p.timexWords(ref)
	v := first - 1
	if first < 1 || p.word(v).UPOS != "VERB" || !complementVerbs[strings.ToLower(p.word(v).Lemma)] ||
		last+1 >= len(p.s.Words) || !strings.EqualFold(p.word(last+1).Form, "as") {
		return -1
	}
	for k := last + 2; k < len(p.s.Words); k++ {
		w := p.word(k)
		switch w.UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "NOUN":
			if k+1 < len(p.s.Words) && p.head(k) != v && p.word(k+1).UPOS == "NOUN" {
				continue // "the start date": a noun of a compound
			}
			if dayNouns[strings.ToLower(w.Lemma)] {
				return v
			}
		}
		return -1
	}
	return -1
}
