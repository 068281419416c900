package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// inquiredInto reports whether the event at word i is what an inquiry, a
// case or a protest is about ("the investigation into the collapse",
// "the trial over the killing", "protests over the shooting"), or what a
// cleanup follows ("the cleanup after the flood"), and its
// date w is not one of its own phrases: the day such a noun's clause
// tells is the inquiry's ("The investigation into the collapse widened on
// Tuesday" tells nothing of the collapse's day), as a toll's is
// (tollCounted), so the event keeps the day the story gives it
// elsewhere, or none.
func (x *extractor) inquiredInto(p parsed, i int, w *timeline.When) bool {
	n := p.head(i)
	if n < 0 || p.rel(i) != "nmod" && p.rel(i) != "compound" {
		return false
	}
	lemma := strings.ToLower(p.word(n).Lemma)
	switch c := p.caseOf(i); {
	case p.rel(i) == "compound":
		if !caseNouns[lemma] {
			return false // "a pay dispute", "the flood recovery" name no one event
		}
		// "the Slepian murder investigation", "the bribery trial"
	case aboutNouns[lemma] && (c == "into" || c == "over" || c == "about"):
	case lookIntoNouns[lemma] && c == "of": // not "the trial of the century", "protests of workers"
	case afterNouns[lemma] && (c == "after" || c == "of" || c == "from"):
		// "the cleanup after the flood", "the aftermath of the storm",
		// "the recovery from the quake"
	default:
		return false
	}
	// "the inquiry into Tuesday's collapse", "the inquiry into the collapse on Tuesday"
	return !x.ownTime(p, i, w) || x.openedOn(p, i, n, w)
}

// openedOn reports whether date w, which the parse hangs after the event
// at word i, dates instead the verb whose object is the inquiry noun n:
// in "Prosecutors opened an investigation into the collapse on Monday"
// the trailing day says when the inquiry was opened, as a verb's
// adjunct so placed does; the collapse came before it. Only a phrase
// after the noun is taken ("into Sunday's collapse" names the
// collapse's day), and only under a verb, since with the inquiry as
// subject ("The inquiry into the collapse on Tuesday widened") the day
// has no verb to belong to.
func (x *extractor) openedOn(p parsed, i, n int, w *timeline.When) bool {
	v := p.head(n)
	if v < 0 || p.rel(n) != "obj" || p.word(v).UPOS != "VERB" {
		return false
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text == w.Text && tx.Value == w.Value && c.top > i && p.head(c.top) == i && p.word(c.top).Deprel == "nmod" {
			return true
		}
	}
	return false
}

// aboutNouns are the nouns of what looks into, tries or protests
// something that happened before it; lookIntoNouns those of them whose
// "of" names it too ("the investigation of the crash"); afterNouns those
// of what follows a disaster; caseNouns those that name the deed they
// look into or try in a compound before them ("the murder
// investigation", "the bribery trial").
var aboutNouns, lookIntoNouns, afterNouns, caseNouns = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`investigation inquiry probe review audit inquest hearing trial lawsuit suit case
		protest demonstration outrage anger criticism row dispute`) {
		aboutNouns[w] = true
	}
	for _, w := range strings.Fields(`investigation inquiry probe audit inquest`) {
		lookIntoNouns[w] = true
	}
	for _, w := range strings.Fields(`aftermath cleanup clean-up recovery rebuilding reconstruction`) {
		afterNouns[w] = true
	}
	for _, w := range strings.Fields(`investigation inquiry probe inquest trial retrial case hearing lawsuit`) {
		caseNouns[w] = true
	}
}
