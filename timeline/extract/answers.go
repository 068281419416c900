package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A rejection whose object is someone's telling answers it: "the Kremlin
// rejected Trump's claim that Putin would accept peacekeepers" responds to
// that claim, which the article may tell as an event of its own in another
// sentence ("Trump claimed on Monday that Putin supported …"). News ledes
// name the answered claim in a noun phrase before the body tells it, so
// the telling is sought anywhere in the document. A reaction to an event
// named as its object ("condemned the takeover", "will appeal the
// verdict") answers that event.

// tellingNouns name what someone said, proposed or demanded.
var tellingNouns = set("claim assertion allegation accusation charge remark comment statement suggestion " +
	"assessment report account version contention proposal offer demand request ultimatum warning threat " +
	"characterisation characterization insistence")

// tellingKinds are the kinds of event a telling noun may refer back to.
var tellingKinds = set(KindStatement + " " + KindAnnouncement + " " + KindAccusation + " " + KindProposal + " " +
	KindDemand + " " + KindWarning)

// minAnswerOverlap is how many content words the answered telling's
// phrase must share with a told event for the two to be one telling.
const minAnswerOverlap = 2

// reactions are verbs whose object is what they answer: "condemned the
// attack", "welcomed the release", "protested the verdict".
var reactions = set("condemn criticise criticize denounce deplore decry welcome praise hail applaud protest " +
	"mourn lament regret blame question challenge appeal contest")

// linkReactions links a reaction to the event its object names: "the
// African Union condemned the attempted takeover" responds to the
// takeover.
func (p parsed) linkReactions(events []int) {
	for w := range p.s.Words {
		if events[w] == 0 || p.word(w).UPOS != "VERB" || !reactions[strings.ToLower(p.word(w).Lemma)] {
			continue
		}
		for o := w + 1; o < len(p.s.Words); o++ {
			if p.head(o) != w || p.rel(o) != "obj" || events[o] == 0 || events[o] == events[w] {
				continue
			}
			cue := strings.ToLower(p.word(w).Form)
			p.x.addClauseLink(LinkMention{From: events[w] - 1, To: events[o] - 1, Kind: timeline.RespondsTo, Cue: cue, Confidence: confImplied})
			break
		}
	}
}

// linkAnswers links each rejection in the sentence to the telling its
// object names.
func (p parsed) linkAnswers(events []int) {
	for w := range p.s.Words {
		// The cue reader links a contradiction to what it contradicts.
		if events[w] == 0 || p.x.res.Events[events[w]-1].Kind != KindRejection || strings.EqualFold(p.word(w).Lemma, "contradict") {
			continue
		}
		o := p.rejectedTelling(w)
		if o < 0 {
			continue
		}
		// The telling as the article tells it, dated and whole, if it
		// does; else the noun's own event ("Berg's claim").
		to := p.toldElsewhere(o)
		if to < 0 {
			to = events[o] - 1
		}
		if to < 0 || to == events[w]-1 {
			continue
		}
		cue := strings.ToLower(p.word(w).Form)
		if tr := p.x.res.Events[events[w]-1].Mention.Trigger; tr != nil {
			cue = strings.ToLower(p.x.doc.Text[tr.Start:tr.End]) // "turned down"
		}
		p.x.addClauseLink(LinkMention{From: events[w] - 1, To: to, Kind: timeline.RespondsTo, Cue: cue, Confidence: confImplied})
	}
}

// rejectedTelling returns the telling noun (or a noun with a content
// clause) that rejection word w takes as its object ("rejected the claim", "rejection of the claim"), or -1.
func (p parsed) rejectedTelling(w int) int {
	for k := w + 1; k < len(p.s.Words); k++ {
		if p.head(k) != w || !tellingNouns[strings.ToLower(p.word(k).Lemma)] && !p.contentClause(k) {
			continue
		}
		if p.rel(k) == "obj" || p.rel(k) == "nmod" && p.caseOf(k) == "of" {
			return k
		}
	}
	return -1
}

// contentClause reports whether noun k takes a "that" clause that says
// what it holds ("the belief that talks would fail"): whatever the noun,
// it names a proposition.
func (p parsed) contentClause(k int) bool {
	if p.word(k).UPOS != "NOUN" {
		return false
	}
	for c := k + 1; c < len(p.s.Words); c++ {
		if p.head(c) == k && p.rel(c) == "acl" {
			for m := k + 1; m < c; m++ {
				if p.head(m) == c && p.word(m).Deprel == "mark" && strings.EqualFold(p.word(m).Form, "that") {
					return true
				}
			}
		}
	}
	return false
}

// toldElsewhere returns the event, told in another sentence, that telling
// noun o names: one whose agent is o's possessor and whose summary shares
// enough content words with o's phrase. It returns -1 when none does.
func (p parsed) toldElsewhere(o int) int {
	owner := ""
	for k := range p.s.Words {
		if p.head(k) == o && p.word(k).Deprel == "nmod:poss" {
			if ref := p.actorAt(k); ref >= 0 {
				owner = p.x.actors[ref].ID
			}
		}
	}
	if owner == "" {
		return -1
	}
	said := p.contentWords(o)
	best, bestOverlap := -1, minAnswerOverlap-1
	for i, ev := range p.x.res.Events {
		if !tellingKinds[ev.Kind] || ev.Mention.Start == p.s.Span.Start ||
			len(ev.Actors) == 0 || ev.Actors[0].Role != timeline.RoleAgent || ev.Actors[0].ID != owner {
			continue
		}
		overlap := 0
		for _, f := range strings.FieldsFunc(strings.ToLower(ev.Summary+" "+ev.Object), notLetter) {
			if said[f] {
				overlap++
				said[f] = false // each word counts once
			}
		}
		for f := range said {
			said[f] = true
		}
		if overlap > bestOverlap {
			best, bestOverlap = i, overlap
		}
	}
	return best
}

// contentWords returns the lower-cased forms and lemmas of the nouns,
// names, verbs, adjectives and numbers in word o's subtree, o and its
// possessor left out.
func (p parsed) contentWords(o int) map[string]bool {
	words := map[string]bool{}
	for k := range p.s.Words {
		if k == o || !p.dominates(o, k) || p.word(k).Deprel == "nmod:poss" || p.head(k) >= 0 && p.word(p.head(k)).Deprel == "nmod:poss" {
			continue
		}
		switch p.word(k).UPOS {
		case "NOUN", "PROPN", "VERB", "ADJ", "NUM":
			words[strings.ToLower(p.word(k).Form)] = true
			words[strings.ToLower(p.word(k).Lemma)] = true
		}
	}
	return words
}

func notLetter(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
}
