package extract

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// maxPhraseWords clips an argument quoted in a summary.
const maxPhraseWords = 6

// summary says the event plainly: who, the predicate as the text words it,
// and to whom or what; actors by their canonical names, never a pronoun.
func (p parsed) summary(f frame) string {
	if len(f.agents) == 0 && len(f.patients) > 0 && p.passiveRelative(f.pred) {
		// "The aid sent to Kyiv": the noun first, as written.
		f.agents, f.patients = f.patients[:1], f.patients[1:]
	}
	if h := p.head(f.pred); h >= 0 && p.rel(f.pred) == "amod" {
		return sentenceCase(p.nounPhrase(h)) // "The arrested official", "a fired accountant"
	}
	verb := f.clause == f.pred && p.word(f.pred).UPOS != "NOUN" && p.word(f.pred).UPOS != "PROPN"
	if verb && len(f.patients) > 0 && (p.word(f.patients[0]).Deprel == "nsubj:pass" || p.passive(f.pred) || p.passiveRelative(f.pred)) {
		// A passive reads as written: "Eva Falk was sidelined by
		// Anna Berg".
		vp := p.verbPhrase(f.pred)
		if p.sharesPassive(f.pred) {
			vp = p.auxiliaries(p.head(f.pred)) + " " + vp // "was arrested and charged": "was charged"
		}
		parts := []string{p.subjectSlot(f.patients[0]), vp}
		if b := p.conjoinedPatient(f); b != "" && !strings.Contains(parts[0], b) {
			parts[0] += " and " + b // "Ron Stauber and Mike Gingrich were named"
		}
		if k := p.verdictWord(f.pred); k >= 0 && k != f.patients[0] {
			parts = p.withVerdict(parts, k) // "was found guilty", "was found not guilty"
		}
		parts = p.withRole(parts, f.pred) // "was named chief executive"
		if o, prep := p.verbOblique(f.pred); o >= 0 && !p.boundToAgent(o, f) {
			parts = append(parts, prep, p.argument(o)) // "was placed on administrative leave"
		}
		if d := p.deadline(f); d != "" {
			parts = append(parts, d) // "would be completed by the end of January"
		}
		if len(f.agents) > 0 {
			if a := p.slotArgument(f.agents[0]); a != "" {
				parts = append(parts, "by", a)
			}
		}
		return sentenceCase(strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " "))
	}
	var parts []string
	if len(f.agents) > 0 && !p.inNounPhrase(f.agents[0], f.pred) && !p.byAfterNoun(f) {
		if a := p.subjectSlot(f.agents[0]); a != "" {
			parts = append(parts, a)
			if b := p.conjoinedAgent(f); b != "" && !strings.Contains(a, b) {
				parts = append(parts, "and", b) // "Law enforcement and aid workers arrived": both did
			}
		}
	}
	switch {
	case f.clause != f.pred && p.head(f.pred) == f.clause && p.rel(f.pred) == "nsubj":
		// The event is the light verb's subject: "a brawl broke out",
		// "talks broke down".
		return sentenceCase(p.nounPhrase(f.pred) + " " + p.verbPhrase(f.clause))
	case f.clause != f.pred:
		parts = append(parts, p.verbPhrase(f.clause))
		if p.rel(f.pred) == "obl" {
			parts = append(parts, p.caseOf(f.pred)) // "goes on trial"
		}
		parts = p.withParty(append(parts, p.nounPhrase(f.pred)), f, f.clause, f.pred)
	case !verb:
		parts = append(parts, p.nounPhrase(f.pred))
		if p.byAfterNoun(f) {
			if a := p.slotArgument(f.agents[0]); a != "" {
				parts = append(parts, "by", a) // "The last strike by Boeing machinists"
			}
		}
	default:
		vp := p.verbPhrase(f.pred)
		if p.deedParticiple(f.pred, f) || len(parts) > 0 && p.nounParticiple(f.pred, f) {
			vp = p.pastPhrase(f.pred, vp) // "struck on Monday, killing six": killed six; "an indictment charging Dahl": charged Dahl
		}
		if len(f.agents) > 0 && strings.EqualFold(p.word(f.agents[0]).Form, "we") && len(parts) > 0 {
			// "we are asking", told as the speaker's: "Reyes is asking",
			// "we support" "Putin supports".
			if p.word(f.pred).XPOS == "VBP" && !strings.Contains(vp, " ") {
				vp = thirdPerson(vp)
			}
			vp = singular(vp)
		}
		parts = append(parts, vp)
		if len(f.patients) > 0 {
			if a := p.slotArgument(f.patients[0]); a != "" && !p.boundToAgent(f.patients[0], f) {
				if p.verdictForm(f.patients[0]) && p.negated(f.patients[0]) && !strings.HasPrefix(a, "not ") {
					a = "not " + a // "pleaded not guilty", not "pleaded guilty"
				}
				parts = p.withParties(parts, f, f.patients[0], a)
				if st := p.leftStatePhrase(f.pred); st != "" && !strings.HasSuffix(parts[len(parts)-1], st) {
					parts = append(parts, st) // "has left workers unpaid"
				}
				if o, prep := p.verbOblique(f.pred); o >= 0 && (p.inCollocation(f.patients[0]) || f.patients[0] == p.relativeHead(f.pred)) {
					parts = append(parts, prep, p.argument(o)) // "set fire to several cars", "snags he blamed on Hamas"
				}
			}
			if k := p.verdictWord(f.pred); k >= 0 {
				parts = p.withVerdict(parts, k) // "found Dahl guilty", "pleads not guilty to bribery charges"
			}
			if k := p.nameFor(f.pred); k >= 0 && (p.namingWord(k) || p.word(k).Deprel != "appos") && !strings.HasSuffix(parts[len(parts)-1], p.word(k).Form) {
				// "called the vote a political ambush", "could make
				// life difficult", "send Trump a message"
				parts = append(parts, p.nounPhrase(k))
			}
			if d := p.toDo(f.pred); d != "" {
				parts = append(parts, d) // "ordered three diplomats to leave the country"
			}
		} else if p.roleComplement(f.pred) >= 0 {
			parts = p.withRole(parts, f.pred) // "became prime minister"
		} else if d := p.refusedDeed(f.pred); d != "" {
			parts = append(parts, d) // "refused to resign": what was refused is the news
		} else if c := p.saidClause(f.pred); c != "" {
			if strings.EqualFold(p.word(f.pred).Lemma, "tell") {
				// "told reporters that the town was ready": to whom is
				// left out, and "told" wants it.
				parts[len(parts)-1] = toSay(parts[len(parts)-1])
			}
			parts = append(parts, c) // "Waltz mentioned the US might consider …"
		} else if len(f.others) > 0 && p.word(f.others[0]).Deprel == "iobj" {
			if a := p.slotArgument(f.others[0]); a != "" {
				parts = p.appendObject(parts, f.pred, f.others[0], a) // "allowed Prewitt to remain free"
			}
		} else if o, prep := p.verbOblique(f.pred); o >= 0 && !p.boundToAgent(o, f) {
			a := p.argument(o)
			if ref := p.actorAt(o); ref >= 0 && p.word(o).UPOS == "NOUN" && p.x.actors[ref].End <= p.word(o).Start {
				a = p.nounPhrase(o) // "prepares for Putin call": the call, not Putin
			}
			if a != "" {
				parts = append(parts, prep, a) // "broke into the insurer's systems"
			}
		}
	}
	return sentenceCase(strings.Join(parts, " "))
}

// boundToAgent reports whether pronoun j, an argument of f, would name
// f's own agent: "Tanner testified against him" is not against Tanner
// (a pronoun is never its own clause's subject; "himself" would be).
func (p parsed) boundToAgent(j int, f frame) bool {
	if p.word(j).UPOS != "PRON" || len(f.agents) == 0 || strings.Contains(p.word(j).Feats, "Reflex=Yes") {
		return false
	}
	ref := p.actorAt(j)
	return ref >= 0 && ref == p.actorAt(f.agents[0])
}

// verbOblique returns the oblique that completes verb v with no object,
// right after it and its particle, and its preposition: the one a
// phrasal verb needs to say what happened ("broke into the systems",
// "pulled out of the deal", "walked off the job", "withdrew from the
// race"). Places and times are the event's own fields; -1 for none.
func (p parsed) verbOblique(v int) (int, string) {
	next := v + 1
	for next < len(p.s.Words) && p.head(next) == v && (p.word(next).Deprel == "compound:prt" || p.inCollocation(next)) {
		next++ // "set fire to the cars"
	}
	if next >= len(p.s.Words) || p.word(next).UPOS != "ADP" {
		return -1, ""
	}
	prep := strings.ToLower(p.word(next).Form)
	switch prep {
	case "into", "onto", "off", "from", "against", "for", "on", "with", "to", "over", "out":
	default:
		return -1, ""
	}
	o := p.head(next)
	if o <= next || p.head(o) != v || p.rel(o) != "obl" || p.inTimex(o) || p.groundByDeed(o) {
		return -1, "" // "was arrested on suspicion" of a deed told as an event of its own (suspicion.go)
	}
	if prep == "out" && next+1 < o && strings.EqualFold(p.word(next+1).Form, "of") {
		prep = "out of"
	}
	return o, prep
}

// sentenceCase upper-cases the first letter of s.
func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	up := unicode.ToUpper(r)
	if up == r && r != utf8.RuneError {
		return s // already capitalised: no copy
	}
	return string(up) + s[n:]
}

// inNounPhrase reports whether word j is written inside the noun phrase
// of nominal n ("Wednesday's hearing", "the minister's resignation"), so
// that naming it before the phrase would say it twice.
// byAfterNoun reports whether event noun f.pred names its doer after it
// with "by" ("the last strike by the machinists"), so that the summary
// keeps that order rather than putting the doer before the noun's own
// determiner ("Halvard machinists The last strike").
func (p parsed) byAfterNoun(f frame) bool {
	if len(f.agents) == 0 || f.clause != f.pred || p.word(f.pred).UPOS != "NOUN" {
		return false
	}
	a := f.agents[0]
	return a > f.pred && p.head(a) == f.pred && p.rel(a) == "nmod" && p.caseOf(a) == "by"
}

func (p parsed) inNounPhrase(j, n int) bool {
	return p.word(n).UPOS == "NOUN" && p.head(j) == n && p.word(j).Deprel == "nmod:poss"
}

// argument names argument j: its actor's canonical name, else its phrase
// as written; "" for a pronoun with no actor.
func (p parsed) argument(j int) string {
	if w := p.word(j); w.UPOS == "PRON" && strings.Contains(w.Feats, "Reflex=Yes") && p.reflexiveSubject(j) >= 0 {
		return strings.ToLower(w.Form) // "The gunman killed himself", not his name twice
	}
	if ref := p.actorAt(j); ref >= 0 {
		if m := p.x.actors[ref]; m.Kind != timeline.Person && p.word(j).UPOS == "NOUN" && m.End <= p.word(j).Start && p.apposedTo(j) != ref || p.namesThing(j) {
			// A body's name before a common noun names what is the
			// body's, not the body: "Aldrian search specialists
			// arrived", not "Aldria arrived"; "Velmont shares fell";
			// a person's, a thing named for one: "the James Webb
			// telescope observed".
			return p.nounPhrase(j)
		}
		return p.x.name(ref) + p.conjoinedNames(j, ref)
	}
	if p.word(j).UPOS == "PRON" {
		return p.x.speakerOf(p.word(j)) // "“We are asking everyone to leave,” Reyes said"
	}
	if h := p.head(j); h >= 0 && h < j && p.word(j).Deprel == "nmod" && p.partitive(h) == j {
		// The count the participants were taken from is news: "killing
		// 47 of the 52 people", not "killing the 52 people".
		return p.inlineForm(h) + " of " + p.nounPhrase(j)
	}
	if k := p.wholeOf(j); k >= 0 {
		return p.inlineForm(j) + " of " + p.nounPhrase(k) // "destroyed much of the town", not "destroyed much"
	}
	return p.nounPhrase(j)
}

// singular makes the first word of verb phrase vp agree with one
// speaker: "are asking" → "is asking".
func singular(vp string) string {
	first, rest, _ := strings.Cut(vp, " ")
	if one, ok := map[string]string{"are": "is", "were": "was", "have": "has"}[strings.ToLower(first)]; ok {
		return strings.TrimSpace(one + " " + rest)
	}
	return vp
}

// speakerOf names the speaker that first-person pronoun w stands for: the
// agent of the statement the trigger lexicon read in the sentence that
// holds w. Else "": a summary names no one rather than a pronoun.
func (x *extractor) speakerOf(w *language.Word) string {
	switch strings.ToLower(w.Form) {
	case "i", "we", "me", "us":
	default:
		return ""
	}
	for i := range x.lexEvents {
		e := &x.res.Events[i]
		if e.Kind != KindStatement || e.Mention.Start > w.Start || w.End > e.Mention.End || len(e.Actors) == 0 || e.Actors[0].Role != timeline.RoleAgent {
			continue
		}
		return x.nameOfID(e.Actors[0].ID)
	}
	return ""
}

// saidClause returns, clipped, the clause a verb of saying reports ("that
// the US might consider guarantees"), without its "that"; "" for other
// verbs or none.
func (p parsed) saidClause(v int) string {
	if wn.VerbClass(strings.ToLower(p.word(v).Lemma)) != "communication" {
		return ""
	}
	for c := range p.s.Words {
		if p.head(c) != v || p.rel(c) != "ccomp" || c < v {
			continue
		}
		if !p.hasSubject(c) {
			return "" // a damaged parse: "argued could deter"
		}
		lo, hi := c, c
		for k := range p.s.Words {
			if p.dominates(c, k) && !p.inOtherClause(c, k) {
				lo, hi = min(lo, k), max(hi, k)
			}
		}
		hi = p.withThatConjunct(c, lo, hi)
		for lo < hi && (strings.EqualFold(p.word(lo).Form, "that") && p.word(lo).Deprel == "mark" || p.word(lo).UPOS == "PUNCT") {
			lo++ // "that" goes; "whether" stays
		}
		for hi > lo && p.word(hi).UPOS == "PUNCT" {
			hi--
		}
		alo, ahi := p.subjectApposition(c, lo, hi)
		hi = min(hi, lo+maxSaidWords-1+max(0, ahi-alo+1))
		for hi > lo && (p.word(hi).UPOS == "ADP" || p.word(hi).UPOS == "DET" || p.word(hi).UPOS == "CCONJ" || p.word(hi).UPOS == "AUX" ||
			p.word(hi).UPOS == "PART" || p.word(hi).UPOS == "SCONJ" || p.word(hi).UPOS == "PUNCT" || p.word(hi).UPOS == "PRON" && p.rel(hi) == "nsubj") {
			hi--
		}
		if alo > lo && ahi < hi {
			// "said the suspect, a 34-year-old man from Leeds, had been
			// arrested": what was said is the subject and its verb.
			return p.x.doc.Text[p.word(lo).Start:p.word(alo-1).End] + " " + p.x.doc.Text[p.word(ahi+1).Start:p.word(hi).End]
		}
		return p.x.doc.Text[p.word(lo).Start:p.word(hi).End]
	}
	return ""
}

// particle reports whether an adverb right after a verb is the particle
// of a phrasal verb ("came down", "stepped back", "pulled out").
func particle(form string) bool {
	switch strings.ToLower(form) {
	case "down", "up", "out", "off", "back", "away", "over",
		"aground", "ashore", "adrift", "afloat", "apart": // "ran aground", "washed ashore", "fell apart"
		return true
	}
	return false
}

// verdictForm reports whether word k is a verdict or plea: "guilty",
// "innocent", "liable".
func (p parsed) verdictForm(k int) bool {
	switch strings.ToLower(p.word(k).Form) {
	case "guilty", "innocent", "liable":
		return true
	}
	return false
}

// negated reports whether word k has "not" or "never" of its own:
// "not guilty".
func (p parsed) negated(k int) bool {
	for j := range p.s.Words {
		if p.head(j) == k && p.rel(j) == "advmod" {
			switch strings.ToLower(p.word(j).Form) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// toSay rewrites the last word of a verb phrase of "tell" as "say" in the
// same form: "has told" → "has said", "tells" → "says".
func toSay(vp string) string {
	head, last := "", vp
	if i := strings.LastIndexByte(vp, ' '); i >= 0 {
		head, last = vp[:i+1], vp[i+1:]
	}
	switch strings.ToLower(last) {
	case "told":
		last = "said"
	case "tells":
		last = "says"
	case "tell":
		last = "say"
	case "telling":
		last = "saying"
	}
	return head + last
}
