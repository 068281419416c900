package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// objectOfOwnSubject mends a conjunct the parse put inside a reported
// clause when its object pronoun can only be that clause's subject: in
// "Judge Rossi said Brandt had betrayed the voters and ordered him to
// repay 1.2 million euros" the judge ordered it — a verb whose subject is
// Brandt would say "himself", not "him". The conjunct goes up to the
// verb of saying and shares its subject.
func objectOfOwnSubject(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if ws[v].Deprel != "conj" || h < 0 || h > v || ws[v].XPOS != "VBD" && ws[v].XPOS != "VBZ" || ws[h].Deprel != "ccomp" {
		return
	}
	say := ws[h].Head - 1
	if say < 0 || say > h || !reportingVerb(ws[say].Lemma) || hasRelation(ws, v, "nsubj") {
		return
	}
	subj := -1
	for k := say + 1; k < h; k++ {
		if ws[k].Head == h+1 && ws[k].Deprel == "nsubj" && ws[k].UPOS == "PROPN" {
			subj = k
		}
	}
	if subj < 0 {
		return
	}
	for k := v + 1; k < len(ws) && k <= v+2; k++ {
		if ws[k].Head == v+1 && ws[k].Deprel == "obj" && personalObject(ws[k].Form) {
			ws[v].Head = say + 1
			return
		}
	}
}

// objectOfReported mends the converse misreading: in "Julia Park told
// jurors that he gave her a list of invoices and told her to record them"
// the parse joins the second "told" to the first, so that Park told
// herself, written "her". A conjunct of a saying whose object pronoun is
// the object of the reported clause before it ("gave her … and told
// her") goes on with that clause and shares its subject.
func objectOfReported(ws []language.Word, v int) {
	say := ws[v].Head - 1
	if ws[v].Deprel != "conj" || say < 0 || say > v || ws[v].XPOS != "VBD" && ws[v].XPOS != "VBZ" ||
		!reportingVerb(ws[say].Lemma) || hasRelation(ws, v, "nsubj") {
		return
	}
	for c := say + 1; c < v; c++ {
		if ws[c].Head == say+1 && ws[c].Deprel == "ccomp" && hasRelation(ws, c, "nsubj") && parallelObject(ws, c, v) {
			ws[v].Head = c + 1
			return
		}
	}
}

// parallelObject reports whether verb v, after verb c, has the same
// third-person object pronoun as c: "gave her … and told her".
func parallelObject(ws []language.Word, c, v int) bool {
	pron := ""
	for k := v + 1; k < len(ws) && k <= v+2; k++ {
		if ws[k].Head == v+1 && (ws[k].Deprel == "obj" || ws[k].Deprel == "iobj") && personalObject(ws[k].Form) {
			pron = strings.ToLower(ws[k].Form)
		}
	}
	if pron == "" {
		return false
	}
	for k := c + 1; k < v; k++ {
		if ws[k].Head == c+1 && (ws[k].Deprel == "obj" || ws[k].Deprel == "iobj") && strings.EqualFold(ws[k].Form, pron) {
			return true
		}
	}
	return false
}

// personalObject reports whether form is a third-person singular object
// pronoun, which cannot be its own clause's subject.
func personalObject(form string) bool {
	switch strings.ToLower(form) {
	case "him", "her":
		return true
	}
	return false
}

// stackedCoordinators mends a verb the parse gave two coordinators and a
// subject between them: in "… talks involving tribal elders and Anna
// Berg, but denied that a ransom had been paid" the parse reads "and Anna
// Berg … denied", so that Berg denied it. The first coordinator and the
// subject end the list before them: Berg joins the elders, and "but"
// alone joins the verb to the clause before.
func stackedCoordinators(ws []language.Word, v int) {
	if ws[v].UPOS != "VERB" || ws[v].Deprel != "conj" {
		return
	}
	first, second, subj := -1, -1, -1
	for k := 0; k < v; k++ {
		if ws[k].Head != v+1 {
			continue
		}
		switch {
		case ws[k].Deprel == "cc" && first < 0:
			first = k
		case ws[k].Deprel == "cc":
			second = k
		case ws[k].Deprel == "nsubj" && first >= 0 && second < 0:
			subj = k
		}
	}
	if first < 1 || second < 0 || subj < 0 || subj > second {
		return
	}
	x := first - 1
	if ws[x].UPOS != "NOUN" && ws[x].UPOS != "PROPN" {
		return
	}
	ws[subj].Head, ws[subj].Deprel = x+1, "conj"
	ws[first].Head = subj + 1
}
