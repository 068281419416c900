package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// objectPhrase returns what the event is about, for kinds whose summary
// needs it: what was said, demanded, proposed or rejected. What a speaker
// said runs on across commas and quotation marks; other objects end with
// their clause.
func (s *sentence) objectPhrase(c *cand) string {
	if c.roles.passive && !s.beforeBe(c.t.tok) && len(c.roles.agents) > 0 {
		if s.seg(c.t.tok).coord {
			// "the deal proposed by the US and accepted by Ukraine"
			for k := len(s.cands) - 1; k >= 0; k-- {
				if p := s.cands[k]; p.t.tok < c.t.tok && p.roles.passive && !p.t.noun() {
					return s.headNoun(p.t.tok)
				}
			}
		}
		return s.headNoun(c.t.tok) // "the truce proposed by Norland"
	}
	if lo, hi, ok := s.saidBefore(c); ok {
		for k := lo; k < min(hi, lo+maxSaidWords); k++ {
			if s.toks[k].kind == tActor {
				c.objIDs = append(c.objIDs, s.x.id(s.toks[k].ref))
			}
		}
		return s.renderSaid(lo, min(hi, lo+maxSaidWords), hi > lo+maxSaidWords)
	}
	if c.t.speech() && !c.roles.passive && !s.saysAfter(c) {
		return "" // "said in a statement.": how, not what
	}
	if c.roles.passive && c.t.kind == KindAccusation && wordAt(s.toks, c.t.last+1) == "of" {
		// "was accused of handing Putin a victory": of what.
		full := s.phraseEnd(c.t.last + 1)
		end := min(full, c.t.last+1+maxSaidWords)
		for end > c.t.last+2 && (s.toks[end-1].kind != tWord && s.toks[end-1].kind != tActor || trailingWord(s.toks[end-1].low)) {
			end--
		}
		for k := c.t.last + 1; k < full; k++ { // what the charge names, cut short or not, is no one charged
			if s.toks[k].kind == tActor {
				c.objIDs = append(c.objIDs, s.x.id(s.toks[k].ref))
			}
		}
		return s.render(c.t.last+1, end)
	}
	if c.roles.passive && c.t.kind == KindAppointment && !c.t.noun() {
		return s.officeAfter(c) // "was appointed chief executive"
	}
	if !needsObject(c) {
		return ""
	}
	if np := s.relativeObject(c); np != "" {
		return np // "the Donbas, which it annexed": what it annexed
	}
	speech := c.t.speech()
	i := c.t.last + 1
	if speech {
		i = s.skipAside(complementStart(s.toks, c.t))
		// "“…,” Putin said on Monday, signalling …" said what came
		// before: saysAfter found nothing after it.
		k := s.thatWithin(i, 4)
		if k >= 0 {
			i = k + 1 // "emphasised in public that …"
		} else if i < len(s.toks) && settingPrep(c, s.toks[i].low) {
			i = s.pastSetting(i) // "said in a joint statement: …"
		} else if i < len(s.toks) && c.t.lemma == "tell" && s.toks[i].kind == tWord && s.toks[i].has(cDet) {
			i = s.pastSetting(i) // "told a launch event in New York: …": whom, then what
		} else if i == c.t.last+1 && i+1 < len(s.toks) && c.t.lemma == "tell" && s.addressee(i) {
			i++ // "told him the show was over", "told reporters the search would go on": whom, then what
		} else if i == c.t.last+1 && c.t.lemma == "tell" && s.toks[i].kind == tWord {
			i = s.pastSetting(i) // "told reporters on Monday: …": whom, then what
		}
	}
	for i < len(s.toks) && (s.toks[i].kind == tPunct && !isAmountMark(s.toks[i].low) || s.toks[i].low == "that" || s.toks[i].kind == tTimex && !s.measureOf(i) ||
		s.toks[i].has(cPrep) && i+1 < len(s.toks) && s.toks[i+1].kind == tTimex ||
		i > 0 && s.toks[i-1].kind == tTimex && (s.toks[i].low == "'s" || s.toks[i].low == "’s")) { // "last week's records": the time goes, its "'s" with it
		if s.toks[i].low == ";" || s.toks[i].low == "." {
			return ""
		}
		i++
	}
	if i >= len(s.toks) {
		return ""
	}
	end := s.phraseEnd(i)
	holeLo, holeHi := -1, -1 // an apposition left out of what was said
	if speech {
		end = len(s.toks)
		for k := i; k < len(s.toks); k++ {
			l := s.toks[k].low
			if k > i && s.segs[s.segOf[k]].coord && s.segs[s.segOf[k]].lo == k {
				end = k
				break
			}
			if l == "," && s.apposedName(k) {
				k += 2 // "its chief executive, Daniel Moreau, had travelled": the name goes on the phrase
				continue
			}
			if m := s.apposedPhrase(i, k); holeLo < 0 && m > k {
				holeLo, holeHi = k, m+1
				k = m
				continue
			}
			if s.toks[k].kind == tPunct && (l == ";" || l == ":" || l == "?" || l == "!" ||
				l == "," && !s.toks[k].quoted && !s.digitGroup(k) && (k-i >= 4 || strings.HasSuffix(wordAt(s.toks, k+1), "ing") || s.sayingAfter(k, c))) {
				end = k
				break
			}
		}
	}
	if holeLo >= 0 && end <= holeHi {
		holeLo, holeHi = -1, -1 // what was said ends in its apposition, which stays
	}
	if holeLo >= 0 {
		end = min(end, i+12+holeHi-holeLo)
	} else {
		end = min(end, i+12)
	}
	for end > i && (s.toks[end-1].kind != tWord && s.toks[end-1].kind != tActor || s.toks[end-1].kind == tWord && trailingWord(s.toks[end-1].low)) {
		end--
	}
	if holeLo >= 0 && end > holeHi {
		for k := i; k < end; k++ {
			if s.toks[k].kind == tActor && (k < holeLo || k >= holeHi) {
				c.objIDs = append(c.objIDs, s.x.id(s.toks[k].ref))
			}
		}
		return s.render(i, holeLo) + " " + s.render(holeHi, end) // "said the suspect, a man from Leeds, had been arrested"
	}
	for k := i; k < end; k++ {
		if s.toks[k].kind == tActor {
			c.objIDs = append(c.objIDs, s.x.id(s.toks[k].ref))
		}
	}
	if speech && s.toks[i].quoted && end > i && s.toks[end-1].quoted {
		return "“" + s.render(i, end) + "”" // the speaker's own words: "said: “We are aware …”"
	}
	if ref := s.x.objectPronoun(s, i, c.roles.agents); ref >= 0 && len(c.roles.agents) > 0 && !speech && end > i+1 {
		// "called on him to resign": the summary names him.
		c.objIDs = append(c.objIDs, s.x.id(ref))
		return s.x.name(ref) + " " + s.render(i+1, end)
	}
	return s.render(i, end)
}

// measureOf reports whether timex token i is a length of time that
// measures the noun after its "of": "declared three days of national
// mourning" declared the mourning, three days of it.
func (s *sentence) measureOf(i int) bool {
	return s.x.timexes[s.toks[i].ref].Type == timeline.TypeDuration && wordAt(s.toks, i+1) == "of"
}

// headNoun returns the noun phrase a participle at v follows, from its
// determiner: "the ceasefire deal" of "the ceasefire deal proposed by".
func (s *sentence) headNoun(v int) string {
	for k := v - 1; k >= 0 && k >= v-7; k-- {
		t := s.toks[k]
		if t.kind == tPunct && t.low == "-" && !spacedDash(s.toks, k) {
			continue // "a 30-day ceasefire"
		}
		if t.kind == tTimex && k > 0 && k < v-1 {
			continue // "a 30-day ceasefire", the duration read as a time
		}
		if t.kind != tWord && t.kind != tActor || t.has(cPrep) || t.has(cAux) {
			return ""
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			if k == v-1 {
				return ""
			}
			return s.render(k, v)
		}
	}
	return ""
}

// phraseEnd returns where the object phrase starting at i ends: at
// punctuation other than quotation marks, or at a new clause.
func (s *sentence) phraseEnd(i int) int {
	for k := i; k < len(s.toks); k++ {
		t := s.toks[k]
		switch {
		case t.kind == tPunct && !isQuoteMark(t) && !isAmountMark(t.low) && !s.insideWord(k) && (t.low != "-" || spacedDash(s.toks, k)):
			return k
		case k > i && t.kind == tWord && t.has(cClause):
			return k
		case k > i && s.segs[s.segOf[k]].coord && s.segs[s.segOf[k]].lo == k:
			return k
		}
	}
	return len(s.toks)
}

// thatWithin returns the "that" opening a complement within n tokens of
// i, or -1.
func (s *sentence) thatWithin(i, n int) int {
	for k := i; k < len(s.toks) && k < i+n; k++ {
		if s.toks[k].kind == tPunct {
			return -1
		}
		if s.toks[k].low == "that" {
			return k
		}
	}
	return -1
}

func needsObject(c *cand) bool {
	if c.roles.inverted || c.roles.passive {
		return false
	}
	switch c.t.kind {
	case KindStatement, KindAnnouncement, KindDemand, KindProposal, KindRejection, KindAgreement, KindWarning, KindAccusation:
		return !c.t.noun()
	case KindDismissal, KindAttack:
		return len(c.roles.patients) == 0 && !c.t.noun()
	}
	return false
}

func trailingWord(w string) bool {
	return determiners[w] || prepositions[w] || coordinators[w] || clauseWords[w] || auxiliaries[w]
}

// summary writes the event in plain words from canonical names: "Steve
// Witkoff met Vladimir Putin in Moscow".
//
// subject is the subject as written when no actor is the agent ("the
// Sixers"), or "".
func (x *extractor) summary(c *cand, kind string, ev EventMention, subject string) string {
	var agentsBuf, othersBuf [4]string
	agents, others := agentsBuf[:0], othersBuf[:0]
	manyOthers := false
	_ = manyOthers // the first of others names many: "Israelis were killed"
	for _, a := range ev.Actors {
		n := x.nameOfID(a.ID)
		switch {
		case a.Role == timeline.RoleAgent:
			agents = append(agents, n)
		case slices.Contains(c.company, a.ID):
			continue // written last: "with Anna Dahl"
		case !c.promoted && !slices.Contains(c.objIDs, a.ID):
			if len(others) == 0 {
				manyOthers = x.pluralActor(a.ID)
			}
			others = append(others, n) // unless the object names them already
		}
	}
	if c.t.noun() && !c.promoted && c.lv < 0 && len(agents) > 0 && len(others) == 0 && ev.Object == "" && !verbalNoun[kind] && c.t.lemma != "press conference" {
		// "demands from Moscow": the noun says it best.
		noun := x.doc.Text[ev.Mention.Trigger.Start:ev.Mention.Trigger.End]
		return strings.ToUpper(noun[:1]) + noun[1:] + " by " + strings.Join(agents, " and ")
	}
	lemma := c.t.lemma
	if c.promoted && (c.t.noun() || wn.Kind(lemma, false) != kind && verbs[lemma].kind != kind) {
		// "our demand", said: the speaker demanded. A verb of the act's
		// own kind says it in its own words: "we will not accept a
		// result built on fraud" is no "did not agree", and "condemned
		// the attack", a verb of accusation here, is no "accused".
		lemma = promotedVerb(kind, ev.Object)
	}
	if lemma == "tell" && len(others) == 0 {
		lemma = "say" // "told reporters that …": what was said matters
	}
	past, base, prep := verbForms(lemma, kind)
	var b strings.Builder
	b.Grow(len(ev.Object) + 96)
	switch {
	case len(agents) > 0:
		writeJoined(&b, agents)
		b.WriteByte(' ')
		b.WriteString(tensed(ev.Status, past, base))
	case subject != "":
		b.WriteString(sentenceCase(subject))
		b.WriteByte(' ')
		b.WriteString(tensed(ev.Status, past, base))
	case len(others) > 0 && c.roles.passive:
		writeJoined(&b, others)
		b.WriteString(passiveAux(ev.Status, len(others) > 1 || manyOthers || pluralGroup(others[0])))
		others = nil
		b.WriteString(participle(lemma, past))
	default:
		b.WriteString(kindTitle(c.t.lemma, kind))
		prep = "with"
		switch {
		case personKinds[kind]:
			prep = "of" // "Dismissal of Eva Falk"
		case patientKinds[kind]:
			prep = "against"
		}
		ev.Object = "" // its subject is missing: the rest reads as nonsense
	}
	if len(others) > 0 {
		if prep != "" {
			b.WriteByte(' ')
			b.WriteString(prep)
		}
		b.WriteByte(' ')
		writeJoined(&b, others)
	}
	if len(others) > 0 && objectPronoun[strings.ToLower(ev.Object)] {
		// "although protesters oppose him": him is the one named above.
		ev.Object = ""
	}
	if ev.Object != "" {
		if strings.HasPrefix(ev.Object, "“") && len(agents) > 0 {
			b.WriteByte(':') // "Holm said: “We will not yield”"
		}
		b.WriteByte(' ')
		b.WriteString(afterRepeatedParticle(b.String(), ev.Object))
	}
	// What a speaker said reads on its own: the place stays in Places.
	if len(ev.Places) > 0 && !strings.Contains(ev.Object, ev.Places[0]) && (ev.Object == "" || !c.t.speech()) {
		switch {
		case kind == KindVisit && len(others) == 0 && lemma == "visit":
			b.WriteString(" ") // "visited Ostburg"
		case kind == KindVisit && len(others) == 0 && lemma != "arrive":
			b.WriteString(" to ")
		default:
			b.WriteString(" in ")
		}
		b.WriteString(ev.Places[0])
	}
	for i, id := range c.company {
		if i == 0 {
			b.WriteString(" with ")
		} else {
			b.WriteString(" and ")
		}
		b.WriteString(x.nameOfID(id))
	}
	return sentenceCase(b.String()) // "The appeals court rejected …"
}

// writeJoined writes names as a list: "A and B", "A, B and C".
func writeJoined(b *strings.Builder, names []string) {
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(n)
	}
}

// verbalNoun are the kinds whose nouns read best as verbs in a summary:
// "talks" as "held talks", "call" as "spoke".
var verbalNoun = set(KindMeeting + " " + KindCall + " " + KindVisit + " press")

// relativeObject returns the noun phrase a relative clause hangs on when
// it is the object of the clause's verb ("the Donbas, which it annexed
// after the invasion"), or "".
func (s *sentence) relativeObject(c *cand) string {
	if c.t.noun() || c.t.speech() {
		return ""
	}
	g := s.seg(c.t.tok)
	if w := g.first(s.toks); w != "which" && w != "whom" || g.lo+1 >= c.t.tok {
		return "" // "which annexed": the antecedent is the subject
	}
	if n := c.t.last + 1; n < len(s.toks) && s.toks[n].kind != tPunct && !s.toks[n].has(cPrep) {
		return "" // the verb has an object of its own
	}
	k := g.lo
	for k > 0 && s.toks[k-1].kind == tPunct && s.toks[k-1].low == "," {
		k--
	}
	return s.headNoun(k)
}

// pluralGroup reports whether an actor's name is a group's in the plural:
// groups are named in lower case ("workers", "police", "people").
func pluralGroup(name string) bool {
	return name == strings.ToLower(name) && (strings.HasSuffix(name, "s") || name == "police" || name == "people")
}
