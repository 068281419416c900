package extract

import "github.com/storyline/storyline/timeline/language"

// conjunctAfterAside hangs a verb that "and" joins after a speaker's
// aside on the clause the aside interrupts: in "An armed man took nine
// people hostage, police said, and demanded a helicopter" the man made
// the demand, but the parse joined it to "said", and the police demanded
// the helicopter. The verb has no subject of its own and the saying is
// set off after the clause it reports.
func conjunctAfterAside(ws []language.Word, v int) {
	say := ws[v].Head - 1
	if ws[v].Deprel != "conj" || ws[v].UPOS != "VERB" || say < 0 || say > v || ws[say].Deprel != "parataxis" ||
		!reportingVerb(ws[say].Lemma) || hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	r := ws[say].Head - 1
	if r < 0 || r > say || ws[r].UPOS != "VERB" || !hasRelation(ws, r, "nsubj") && !hasRelation(ws, r, "nsubj:pass") {
		return
	}
	ws[v].Head = r + 1
}

// asideBetween reports whether a speaker's aside hangs on verb c between
// it and its conjunct w: "took nine people hostage, police said, and
// demanded".
func (p parsed) asideBetween(c, w int) bool {
	for k := c + 1; k < w; k++ {
		if p.head(k) == c && p.word(k).Deprel == "parataxis" && reportingVerb(p.word(k).Lemma) {
			return true
		}
	}
	return false
}

// conjunctAfterTimedClause hangs a verb that ", and" joins after a clause
// of time set off by commas on the clause that the time clause dates: in
// "The firm shut its plant on Saturday, three days after it recalled the
// cans, and said on Monday it would expand the recall" the firm shut and
// said, but the parse joined "said" to "recalled", and the recall took
// Monday for its day. The verb has no subject of its own, a comma stands
// before its "and" and before the time clause, and the time clause has no
// other conjunct: "after police raided his home, searched his office, and
// seized documents" lists what the police did.
func conjunctAfterTimedClause(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if ws[v].Deprel != "conj" || ws[v].UPOS != "VERB" || h < 0 || h > v || ws[h].Deprel != "advcl" ||
		hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	r := ws[h].Head - 1
	if r < 0 || r > h || ws[r].UPOS != "VERB" || !hasRelation(ws, r, "nsubj") && !hasRelation(ws, r, "nsubj:pass") {
		return
	}
	timed, first := false, h
	for j := range ws {
		if j == v || !under(ws, j, h) || under(ws, j, v) {
			continue
		}
		if ws[j].Deprel != "punct" {
			first = min(first, j) // the comma that sets the clause off may hang on it
		}
		if ws[j].Head-1 == h && ws[j].Deprel == "mark" {
			timed = timed || subordinating(ws[j].Form)
		}
		if ws[j].Head-1 == h && ws[j].Deprel == "conj" {
			return // a list of what the time clause's subject did
		}
	}
	if !timed || !commaBefore(ws, r, first) {
		return
	}
	cc := v - 1
	for cc > h && ws[cc].Deprel != "cc" {
		cc--
	}
	if cc <= h || ws[cc].Head-1 != v || ws[cc-1].Form != "," {
		return
	}
	ws[v].Head = r + 1
}

// commaBefore reports whether a comma sets off the clause starting at word
// first from verb r before it, with at most a measure the parse left on r
// between ("on Saturday, a day after police searched her office").
func commaBefore(ws []language.Word, r, first int) bool {
	for j := first - 1; j > r; j-- {
		switch {
		case ws[j].Form == ",":
			return true
		case ws[j].UPOS == "VERB" || ws[j].UPOS == "AUX" || ws[j].UPOS == "PUNCT":
			return false
		}
	}
	return false
}

// sayingAfterRelative hangs a verb of saying that "and" joins after a
// relative clause on the object's verb: in "Carl Dahl thanked the voters
// who backed him and said he would govern for everyone" Carl Dahl said
// it, but the parse joined "said" to "backed", and the voters spoke. A
// relative clause on an object tells what the object is; a saying that
// has its own reported clause and the main verb's tense goes on with the
// main clause's subject, as news tells one doer's deeds in a row. A
// saying with no reported clause ("the voters who backed him and said so")
// is left where the parse put it.
func sayingAfterRelative(ws []language.Word, v int) {
	rel := ws[v].Head - 1
	if ws[v].Deprel != "conj" || ws[v].UPOS != "VERB" || !reportingVerb(ws[v].Lemma) || rel < 0 || rel > v ||
		ws[rel].Deprel != "acl:relcl" || hasRelation(ws, v, "nsubj") || hasRelation(ws, v, "nsubj:pass") {
		return
	}
	n := ws[rel].Head - 1
	if n < 0 || n > rel || ws[n].Deprel != "obj" {
		return
	}
	m := ws[n].Head - 1
	if m < 0 || m > n || ws[m].UPOS != "VERB" || ws[m].XPOS != ws[v].XPOS || !hasRelation(ws, m, "nsubj") {
		return
	}
	c := strandedReport(ws, v, m)
	if c < 0 && !hasRelation(ws, v, "ccomp") {
		return
	}
	ws[v].Head = m + 1
	if c >= 0 {
		ws[c].Head, ws[c].Deprel = v+1, "ccomp"
	}
}

// strandedReport returns the clause right after saying v (past its
// addressee) that the parse hung on main verb m instead of on v: in
// "… and said she felt much better", "felt" as m's parataxis. Else -1.
func strandedReport(ws []language.Word, v, m int) int {
	k := v + 1
	for k < len(ws) && ws[k].Head-1 == v && (ws[k].Deprel == "obj" || ws[k].Deprel == "iobj") {
		k++ // "told reporters"
	}
	if k >= len(ws) || ws[k].Deprel != "nsubj" {
		return -1
	}
	c := ws[k].Head - 1
	if c <= k || ws[c].UPOS != "VERB" || ws[c].Head-1 != m || ws[c].Deprel != "parataxis" && ws[c].Deprel != "conj" {
		return -1
	}
	for j := k + 1; j < c; j++ {
		if !under(ws, j, c) {
			return -1
		}
	}
	return c
}
