package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A clause or phrase that hangs from another event's word by a connective
// says how the two relate: "Y after X", "X because Y", "Y in response to
// X", "struck, killing five". clauseLinks reads those off the parse for the
// events of one sentence, whichever reader found them.

// connective is what a subordinating word or preposition says of the event
// it introduces (the dependent) and the event it hangs from (the head).
type connective struct {
	kind       string
	confidence float64
	// depFirst: the dependent's event is the cause or the earlier one
	// ("after X", "because of X"); else the head's is ("before X",
	// "in order to X").
	depFirst bool
}

// connectives are keyed by the marker's words as written, lower-cased.
var connectives = map[string]connective{
	"after":              {timeline.Precedes, confTemporal, true},
	"following":          {timeline.Precedes, confTemporal, true},
	"since":              {timeline.Precedes, confTemporal, true},
	"before":             {timeline.Precedes, confTemporal, false},
	"until":              {timeline.Precedes, confTemporal, false},
	"because":            {timeline.Causes, confExplicit, true},
	"because of":         {timeline.Causes, confExplicit, true},
	"due to":             {timeline.Causes, confExplicit, true},
	"owing to":           {timeline.Causes, confExplicit, true},
	"as a result of":     {timeline.Causes, confExplicit, true},
	"in the wake of":     {timeline.Causes, confStated, true},
	"amid":               {timeline.Causes, confImplied, true},
	"over":               {timeline.Causes, confImplied, true}, // "protests over the verdict"
	"in response to":     {timeline.RespondsTo, confExplicit, true},
	"in reply to":        {timeline.RespondsTo, confExplicit, true},
	"in retaliation for": {timeline.RespondsTo, confExplicit, true},
	"in protest at":      {timeline.RespondsTo, confStated, true},
	"in protest against": {timeline.RespondsTo, confStated, true},
	"in order to":        {timeline.Enables, confStated, false},
	"so that":            {timeline.Enables, confStated, false},
}

// clauseLinks adds the links the parse shows between the events of each
// sentence.
func (x *extractor) clauseLinks(sents []language.Sentence) {
	at := map[int]int{} // a trigger's first byte → its event
	for i, ev := range x.res.Events {
		if t := ev.Mention.Trigger; t != nil {
			if _, dup := at[t.Start]; !dup {
				at[t.Start] = i
			}
		}
	}
	for si := range sents {
		p := parsed{x: x, s: &sents[si]}
		events := make([]int, len(p.s.Words)) // word → event + 1
		any := false
		for w := range p.s.Words {
			if e, ok := at[p.word(w).Start]; ok {
				events[w], any = e+1, true
			}
		}
		if any {
			p.linkClauses(events)
			p.linkCauseVerbs(events)
			p.linkAnswers(events)
			p.linkReactions(events)
		}
	}
}

// linkClauses links each event word to the event above it that its
// connective relates it to.
func (p parsed) linkClauses(events []int) {
	for w := range p.s.Words {
		if events[w] == 0 {
			continue
		}
		h := p.head(w)
		c, cueWords, ok := connective{}, "", false
		switch {
		case h < 0:
			continue
		case connectiveNouns[strings.ToLower(p.word(h).Lemma)] && p.head(h) >= 0:
			// "in response to the verdict": the event hangs from the
			// connective's noun, which hangs from the other event.
			cueWords = strings.Join(strings.Fields(p.caseOf(h)+" "+p.detOf(h)+" "+strings.ToLower(p.word(h).Form)+" "+p.caseOf(w)), " ")
			if c, ok = connectives[cueWords]; ok {
				h = p.head(h)
			} else if events[h] != 0 && events[h] != events[w] {
				c, cueWords, ok = p.connectiveOf(w) // "the result of the vote"
			}
		case events[h] != events[w]:
			c, cueWords, ok = p.connectiveOf(w)
		}
		if !ok || events[h] == 0 || events[h] == events[w] {
			continue
		}
		from, to := events[w]-1, events[h]-1 // dependent first
		switch {
		case c.kind == timeline.RespondsTo:
			from, to = to, from // the response links to what it answers
		case !c.depFirst:
			from, to = to, from
		}
		p.x.addClauseLink(LinkMention{From: from, To: to, Kind: c.kind, Cue: cueWords, Confidence: c.confidence})
	}
}

// detOf returns the lower-cased determiner of nominal j, or "".
func (p parsed) detOf(j int) string {
	for k := range p.s.Words {
		if p.head(k) == j && p.word(k).Deprel == "det" {
			return strings.ToLower(p.word(k).Form)
		}
	}
	return ""
}

// connectiveNouns head the connectives that are phrases ("in response
// to", "as a result of", "in the wake of").
var connectiveNouns = map[string]bool{"response": true, "reply": true, "retaliation": true, "protest": true, "result": true, "wake": true}

// connectiveOf returns the connective that introduces word w's clause or
// phrase: its mark or case words ("after", "because of", "in response
// to"), or, for a bare participle clause after its head ("struck,
// killing five"), a consequence.
func (p parsed) connectiveOf(w int) (connective, string, bool) {
	h := p.head(w)
	switch p.rel(w) {
	case "advcl", "obl", "nmod", "xcomp", "acl":
	default:
		return connective{}, "", false
	}
	var words []string
	for k := range p.s.Words {
		if p.head(k) == w && (p.word(k).Deprel == "mark" || p.rel(k) == "case") {
			words = append(words, strings.ToLower(p.word(k).Form))
			for f := k + 1; f < len(p.s.Words) && p.head(f) == k && p.word(f).Deprel == "fixed"; f++ {
				words = append(words, strings.ToLower(p.word(f).Form))
			}
		}
	}
	if len(words) > 0 {
		phrase := strings.Join(words, " ")
		if phrase == "over" && !p.overCause(w, h) {
			return connective{}, "", false
		}
		if c, ok := connectives[phrase]; ok {
			return c, phrase, true
		}
		if c, ok := connectives[words[0]]; ok && len(words) > 1 {
			return c, words[0], true
		}
		return connective{}, "", false
	}
	if p.consequenceParticiple(w) {
		return connective{kind: timeline.Causes, confidence: confImplied, depFirst: false}, strings.ToLower(p.word(w).Form), true
	}
	return connective{}, "", false
}

// overCause reports whether "over" before word w, hanging from h, names
// a cause ("clashed over the verdict") rather than what h holds sway over,
// the object of a phrasal verb the parse split ("took over the inquiry",
// WordNet's "take over"), or a span of time ("over the week-long
// hearing").
func (p parsed) overCause(w, h int) bool {
	if h < 0 {
		return true
	}
	verb := strings.ToLower(p.word(h).Lemma)
	if overDomain[verb] {
		return false
	}
	if p.word(h).UPOS == "VERB" && h+1 < w && strings.EqualFold(p.word(h+1).Form, "over") && wn.VerbClass(verb+" over") != "" {
		return false
	}
	for k := h + 1; k < w; k++ {
		// "week-long", one word or three ("week - long").
		if f := strings.ToLower(p.word(k).Form); p.head(k) == w && (strings.HasSuffix(f, "-long") || f == "long" && p.word(k-1).Form == "-") {
			return false
		}
	}
	return true
}

// overDomain are the verbs whose "over" names what they hold sway over or
// look at, not a cause as in "clashed over the verdict": "the judge who
// presided over the trial".
var overDomain = map[string]bool{"preside": true, "rule": true, "reign": true, "watch": true, "pore": true, "mull": true, "look": true, "hover": true, "loom": true, "tower": true}

// consequenceParticiple reports whether word w is a participle closing
// the clause whose event brought it about: "struck, killing five".
func (p parsed) consequenceParticiple(w int) bool {
	return (p.rel(w) == "advcl" || p.rel(w) == "acl") && p.word(w).XPOS == "VBG" && w > p.head(w) && consequence(p.word(w).Lemma)
}

// consequence reports whether a trailing participle names what its
// clause's event brought about ("struck, killing five", "collapsed,
// trapping dozens") rather than the manner of a saying or a thought
// ("said, adding", "spoke, suggesting"): a harm, a loss of office, an
// arrest or a protest.
func consequence(lemma string) bool {
	switch wn.Kind(strings.ToLower(lemma), false) {
	case "death", "attack", "disaster", "arrest", "dismissal", "resignation", "protest":
		return true
	}
	return false
}

// addClauseLink adds l unless the document already links the two events
// (the cue reader may have).
func (x *extractor) addClauseLink(l LinkMention) {
	for _, o := range x.res.Links {
		if o.From == l.From && o.To == l.To || o.From == l.To && o.To == l.From {
			return
		}
	}
	x.res.Links = append(x.res.Links, l)
}
