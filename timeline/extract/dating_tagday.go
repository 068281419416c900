package extract

import "github.com/storyline/storyline/timeline"

// A report tag after what it reports, "…, police said Friday", dates the
// saying: the day the police spoke. What they told, in the past tense
// ("The fire started in a fridge-freezer, police said Friday"), happened
// some time before, which the tag does not say; in the present ("the
// road is closed, police said Friday") it still holds that day, and the
// day stays. The trigger lexicon takes the nearest date of the sentence
// and the parse may hang the subject of the report on the saying, so
// the tag is read off the words: a comma, the speaker, the verb of
// saying and its time, and nothing after but punctuation.

// timedTag returns the verb of saying of the tag that ends sentence p
// and the comma that opens it, or -1, -1.
func (p parsed) timedTag() (int, int) {
	n := len(p.s.Words)
	s := -1
	for i := n - 1; i >= 0; i-- {
		if w := p.word(i); w.UPOS == "VERB" || w.UPOS == "AUX" {
			s = i
			break
		}
	}
	if s < 1 || !reportingVerb(p.word(s).Lemma) || p.word(s).XPOS != "VBD" {
		return -1, -1
	}
	for k := s + 1; k < n; k++ {
		if w := p.word(k); w.UPOS != "PUNCT" && w.UPOS != "ADP" && !p.inTimex(k) {
			return -1, -1 // "said Friday that …", "told reporters"
		}
	}
	for k := s - 1; k >= 0; k-- {
		w := p.word(k)
		switch {
		case w.UPOS == "PUNCT" && w.Form == ",":
			if k == s-1 {
				return -1, -1 // "…, said Eva Falk" has its speaker after
			}
			return s, k
		case w.UPOS == "VERB" || w.UPOS == "AUX" || w.UPOS == "PRON" && w.XPOS == "WDT":
			return -1, -1
		}
	}
	return -1, -1
}

// contentPast reports whether every finite verb of words [0, end) is in
// the simple past: what a tag reports is over by the day of the saying.
func (p parsed) contentPast(end int) bool {
	finite := false
	for i := 0; i < end; i++ {
		switch p.word(i).XPOS {
		case "VBZ", "VBP", "MD":
			return false
		case "VBD":
			finite = true
		}
	}
	return finite
}

// undoTagDay takes back from an event told before a report tag the date
// of the tag's saying (see above).
func (x *extractor) undoTagDay(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	if ev.When == nil || ev.Status != timeline.Occurred && ev.Status != timeline.Reported {
		return
	}
	s, comma := p.timedTag()
	if s < 0 || pl.word >= comma || !p.contentPast(comma) {
		return
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text == ev.When.Text && tx.Value == ev.When.Value && tx.Start > p.word(s).Start {
			ev.When = nil
			return
		}
	}
}
