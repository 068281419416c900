package extract

import "strings"

// How news tells what its sources said: a report is told for the day's
// paper (see dateByTense), in a few turns of phrase the parse often
// misreads.

// reportingVerb reports whether lemma names the act of reporting what
// was said (TimeML's REPORTING class: "said", "told", "added",
// "confirmed"), not another act done in words that news tells as it
// happened ("ordered an inquiry", "issued a statement", "described the
// attacks as senseless"): only a bare report is told for the day's paper.
func reportingVerb(lemma string) bool {
	var b [16]byte
	switch string(lowerWord(b[:0], lemma)) {
	case "say", "tell", "add", "report", "state", "note", "explain", "insist", "claim", "allege", "announce",
		"comment", "declare", "confirm", "acknowledge", "admit", "argue", "assert", "contend",
		"emphasize", "stress", "reply", "respond", "write", "speak", "remark", "observe", "recall",
		"warn", "predict", "estimate", "complain", "concede", "disclose", "reveal", "testify", "quote",
		"ask", "exclaim", "grumble", "mutter", "whisper", "shout", "cry", "answer", "repeat", "suggest":
		return true
	}
	return false
}

// saysNews reports whether verb v, the trigger of ev, tells what a
// source said: a verb of saying, or "wrote", "posted" or "tweeted" as the
// main verb of a statement the trigger lexicon read ("The governor wrote
// on Telegram that the ship had sustained serious damage"), though the
// word's sense is another ("wrote a book"). Such a saying is dated as
// any other: without it, it had no day at all. Not in a relative clause
// ("a message in which he wrote that …"): that is a look back.
func saysNews(p parsed, v int, ev *EventMention) bool {
	if p.isSpeech(v) {
		return true
	}
	if ev.Kind != KindStatement || p.word(v).UPOS != "VERB" || !p.mainClause(v) {
		return false
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "write", "post", "tweet":
		return true
	}
	return false
}

// actOfSpeech reports whether a verb of saying names an act of the story
// more than a source's word for the paper: a testimony ("two developers,
// who testified against him"), which has a day of its own, not the
// publication's. (A bare "spoke" is the day's news as often: on
// TimeBank, leaving it out too cost a dated event.)
func actOfSpeech(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "testify":
		return true
	}
	return false
}

// reportTag reports whether word i is a reporting verb in the past that
// closes its sentence after a comma or a quote: "…,” the official
// added.", "…, the newspaper said." The parser often makes such a tag a
// participle of the speaker ("the official added" as "the added
// official"); the words alone say it is the report of the sentence
// before it, told for the day's paper as a bare saying is.
//
// On eventtime dev: dated recall 68.6 -> 68.7 %, wrong 186 -> 187 (a
// tag whose report the annotators put on the story's day).
func (p parsed) reportTag(i int) bool {
	w := p.word(i)
	if w.UPOS != "VERB" || w.XPOS != "VBD" && w.XPOS != "VBN" || !reportingVerb(w.Lemma) {
		return false
	}
	for k := i + 1; k < len(p.s.Words); k++ {
		if p.word(k).UPOS != "PUNCT" {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-maxTagWords; k-- {
		switch p.word(k).Form {
		case ",", "''", "\"", "”", "’’":
			return true
		}
	}
	return false
}

// maxTagWords is how many words a report's tag may put between the
// comma or quote and its verb: "…,” said the deputy foreign minister".
const maxTagWords = 6

// refusal reports whether word i tells that a source would not say
// something: a saying under "would not" or "could not" ("aides would not
// comment", "could not be reached for comment"), a saying that is what
// someone declined or refused to do ("declined to discuss"), or that
// declining itself. News tells such a refusal as it tells a bare report:
// for the day's paper, whatever the tense (TimeML puts these over the
// document time).
//
// On eventtime dev: dated recall 68.7 -> 69.0 %, wrong 187 -> 188 (a
// refusal that follows a dated report and shares its day).
func (p parsed) refusal(i int) bool {
	if refuses(p.word(i).Lemma) {
		for k := range p.s.Words {
			if p.head(k) == i && p.rel(k) == "xcomp" && p.saying(k) {
				return true
			}
		}
		return false
	}
	if !p.saying(i) {
		return false
	}
	if h := p.head(i); h >= 0 && p.rel(i) == "xcomp" && refuses(p.word(h).Lemma) {
		return true
	}
	modal, negated := false, false
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		switch f := strings.ToLower(p.word(k).Form); f {
		case "would", "could", "wouldn't", "couldn't":
			modal = true
			negated = negated || strings.HasSuffix(f, "n't")
		case "not", "n't":
			negated = true
		}
	}
	return modal && negated
}

// saying reports whether word i is a verb of saying.
func (p parsed) saying(i int) bool {
	return p.word(i).UPOS == "VERB" && (p.isSpeech(i) || reportingVerb(p.word(i).Lemma))
}

// refuses reports whether lemma names declining to do something.
func refuses(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "decline", "refuse":
		return true
	}
	return false
}
