package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// The parser, trained mostly on other prose, misreads shapes that news
// writes all the time; repairParse mends them before anything reads the
// parse.
//
// News opens many sentences with a phrase of time or place before the
// subject: "On the same day, an appeals court in Pravan rejected …", "At
// a hearing on Thursday, Judge Mira Sorel charged …". The parser often
// hangs the subject on that phrase (as its apposition or conjunct) and leaves the verb with no subject, so that the
// one who acted is lost (frontedSubject).
//
// A clause after "after", "before", "since" or "until" reads like a
// prepositional phrase up to its verb: "shares fell after the bank
// disclosed a loss" is parsed as "after the bank" attached to a verb with
// no subject, coordinated with "fell", so that the bank disclosed nothing
// and the two events read as one sequence of the same subject
// (clauseSubject); or the subject is right but "after" stays on it, and
// the clause is the verb's complement ("resigned, a day after the report
// was published"), so nothing says when one was against the other.
// A participle closing a reported clause before its speaker ("…,
// killing 14 civilians, the ministry said") is hung on the saying, so
// that the speaker did the killing (reportedClauseOf).

// repairParse mends these misreadings in every sentence.
func repairParse(sents []language.Sentence) {
	for si := range sents {
		ws := sents[si].Words
		hyphenatedName(ws)
		if sents[si].Span.Kind == timeline.Heading {
			headlineVerb(ws)
			titleParticiple(ws)
		}
		gardenPathVerb(ws)
		invertedOpener(ws)
		parentheticalSubject(ws)
		for n := range ws {
			possessiveHer(ws, n)
			gerundName(ws, n)
			gerundCompound(ws, n)
			nominalAdjective(ws, n)
			sayingOffTime(ws, n)
			vocativeApposition(ws, n)
			dashedApposition(ws, n)
			appositiveSubject(ws, n)
			intransitivePassive(ws, n)
			changingModifier(ws, n)
			lowerInfinitive(ws, n)
			adjectiveInfinitive(ws, n)
			nounInfinitive(ws, n)
			timedInfinitive(ws, n)
			prepositionNoun(ws, n)
			institutionAfterTo(ws, n)
			timeOffSubject(ws, n)
			yieldingNoun(ws, n)
			changingAfter(ws, n)
			adverbParticle(ws, n)
			deadlineAgent(ws, n)
			titledName(ws, n)
			listedName(ws, n)
			captiveComplement(ws, n)
			captiveObject(ws, n)
			coordinatorOnNoun(ws, n)
			actingOffice(ws, n)
			participleBeforeNoun(ws, n)
			participleOnSubject(ws, n)
			countedNounAsVerb(ws, n)
			bareVerbModifier(ws, n)
			pastWithParticle(ws, n)
			orderedParticiple(ws, n)
			preconjObject(ws, n)
			passiveSubject(ws, n)
		}
		for n := range ws {
			nameAsComplement(ws, n)
		}
		for v := range ws {
			placeAsSecondSubject(ws, v)
			agedSubject(ws, v)
			apposedSecondSubject(ws, v)
			measuredSubject(ws, v)
			apposedDescription(ws, v)
			frontedDescription(ws, v)
			participleOpenerSubject(ws, v)
			trailingSpeaking(ws, v)
			reportedSubject(ws, v)
			saidObjectClause(ws, v)
			harmRelative(ws, v)
			reducedRelative(ws, v)
			reducedPassiveClause(ws, v)
			rootReducedRelative(ws, v)
			agentPhraseVerb(ws, v)
			comparedSubject(ws, v)
			markedReducedRelative(ws, v)
			measuredClause(ws, v)
			measuredOpener(ws, v)
			measuredAdverbial(ws, v)
			objectOfOwnSubject(ws, v)
			objectOfReported(ws, v)
			conjunctAfterAside(ws, v)
			conjunctAfterTimedClause(ws, v)
			sayingAfterRelative(ws, v)
			conjoinedClauseSubject(ws, v)
			secondThatClause(ws, v)
			conjoinedNounClause(ws, v)
			participleWithClause(ws, v)
			relativeObjectAsSubject(ws, v)
			relativeWithMainVerb(ws, v)
			relativeOnVerb(ws, v)
			prepositionOffSubject(ws, v)
			subordinateSubject(ws, v)
			markedConjunct(ws, v)
			stackedCoordinators(ws, v)
			trailingSpeaker(ws, v)
			conjoinedSpeaker(ws, v)
			trailingSource(ws, v)
			reportAsSubject(ws, v)
			midRelative(ws, v)
			relativeAfterComma(ws, v)
			conjunctParticiple(ws, v)
			verbAfterRelative(ws, v)
			if r := frontedSubject(ws, v); r >= 0 {
				makeSubject(ws, r, v)
			}
			moreThanClause(ws, v)
			if n, c := clauseSubject(ws, v); n >= 0 {
				makeSubject(ws, n, v)
				markClause(ws, c, v)
			}
		}
		for k := range ws {
			verdictSmallClause(ws, k)
			partitiveName(ws, k)
			comparativeMeasure(ws, k)
			verdictReducedPassive(ws, k)
			detOnCompound(ws, k)
			thatComplementizer(ws, k)
			if c := reportedClauseOf(ws, k); c >= 0 {
				ws[k].Head = c + 1 // "struck a market, killing 14, the ministry said"
			}
			if n := lowAttachment(ws, k); n >= 0 {
				ws[k].Head = n + 1 // "the recorders of a plane that crashed"
			} else if n := whoAttachment(ws, k); n >= 0 {
				ws[k].Head = n + 1 // "parted ways with Carlos Beltrán, who was hired"
			} else if n := agreedAttachment(ws, k); n >= 0 {
				ws[k].Head = n + 1 // "schools in Orlen, which was closed" (parseagree.go)
			}
			if h := ws[k].Head - 1; ws[k].Deprel == "case" && h > k && ws[h].Deprel == "compound" && ws[h].Head-1 > h {
				ws[k].Head = ws[h].Head // "by regional carrier SkyLink": "by" marks the name, not the word before it
			}
			nameOnMeasure(ws, k)
			activeAgent(ws, k)
			perfectConjunct(ws, k)
			eventRelative(ws, k)
			distanceAside(ws, k)
			dueTo(ws, k)
			idiomTarget(ws, k)
			seenDoing(ws, k)
			dayAsSubject(ws, k)
			weekdayObject(ws, k)
			weekdayOfGovernor(ws, k)
			weekdaySubject(ws, k)
			orderedToDo(ws, k)
			infinitiveComplement(ws, k)
			nounComplement(ws, k)
			orderedAfterAside(ws, k)
			particleObject(ws, k)
			upToNumber(ws, k)
			chargeOutOfRelative(ws, k)
			gerundOffObject(ws, k)
			stanceParticiple(ws, k)
			if v := dayOffDated(ws, k); v >= 0 {
				ws[k].Head, ws[k].Deprel = v+1, "obl" // "demanded a recount of Sunday's vote on Tuesday"
			}
			if v := dayOffMeasure(ws, k); v >= 0 {
				ws[k].Head, ws[k].Deprel = v+1, "obl" // "raised its rate by half a point on Thursday"
			}
			if v := dayOffDecree(ws, k); v >= 0 {
				ws[k].Head, ws[k].Deprel = v+1, "obl" // "declared a local emergency on Wednesday evening"
			}
			if v := agentOffTime(ws, k); v >= 0 {
				ws[k].Head, ws[k].Deprel = v+1, "obl:agent" // "was grounded on Saturday by the carrier"
			}
		}
		for c := range ws {
			betweenPair(ws, c)
			possessedParticiple(ws, c)
			modifyingParticiple(ws, c)
			approximateObject(ws, c)
			prepositionalParticiple(ws, c)
		}
		for c := range ws {
			// "after the report was published" with "after" left on
			// the subject: it marks the clause.
			if ws[c].Deprel != "case" || !subordinating(ws[c].Form) {
				continue
			}
			if n := ws[c].Head - 1; n > c && (ws[n].Deprel == "nsubj" || ws[n].Deprel == "nsubj:pass") && ws[n].Head > n+1 && phraseFrom(ws, c+1, n) {
				markClause(ws, c, ws[n].Head-1)
			}
		}
	}
}

// reportedClauseOf returns the reported clause that participle k goes
// with when the parse hung it on the saying ("Fire struck a market,
// killing 14 civilians, the ministry said": the fire killed, the ministry
// did not; "Police allege he opened fire, killing one man"); else -1.
func reportedClauseOf(ws []language.Word, k int) int {
	h := ws[k].Head - 1
	if ws[k].XPOS != "VBG" || ws[k].Deprel != "advcl" || h < 0 || !reportingVerb(ws[h].Lemma) || speechParticiple(ws[k].Lemma) {
		return -1 // "said …, speaking to reporters": the speaker spoke (trailingSpeaking)
	}
	// The reported clause before the participle, whether the saying
	// comes after it ("…, killing 14, the ministry said") or before
	// ("Police allege he opened fire, killing one man").
	for c := k - 1; c >= 0; c-- {
		if ws[c].Head == h+1 && ws[c].Deprel == "ccomp" {
			return c
		}
	}
	return -1
}

// markClause makes word c the subordinator of clause v, which then
// modifies the verb it hangs from rather than being its object or
// conjunct.
func markClause(ws []language.Word, c, v int) {
	ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
	if ws[v].Deprel == "conj" || ws[v].Deprel == "ccomp" {
		ws[v].Deprel = "advcl"
	}
}

// subordinating reports whether word w, a preposition, also opens clauses
// of time.
func subordinating(w string) bool {
	switch strings.ToLower(w) {
	case "after", "before", "since", "until", "till", "as", "while":
		return true
	}
	return false
}

// subordinated reports whether noun n's preposition could open a clause
// ("three years after Russia launched …"): n is then that clause's subject
// already, not a noun's modifier.
func subordinated(ws []language.Word, n int) bool {
	for c := range n {
		if ws[c].Head == n+1 && ws[c].Deprel == "case" && subordinating(ws[c].Form) {
			return true
		}
	}
	return false
}

// makeSubject makes word r the subject of verb v.
func makeSubject(ws []language.Word, r, v int) {
	ws[r].Head = v + 1
	ws[r].Deprel = "nsubj"
	if hasRelation(ws, v, "aux:pass") {
		ws[r].Deprel = "nsubj:pass"
	}
}

// clauseSubject returns the noun n right before finite verb v, with no
// subject, that the parse made the object of a subordinating preposition
// c ("after the bank disclosed", "in February after Varga lost"); else
// -1, -1.
func clauseSubject(ws []language.Word, v int) (n, c int) {
	if !finiteWithoutSubject(ws, v) && !bareMarkedParticiple(ws, v) {
		return -1, -1
	}
	for n := v - 1; n >= 0 && n >= v-8; n-- {
		switch ws[n].UPOS {
		case "NOUN", "PROPN", "PRON":
		default:
			continue
		}
		for ws[n].Deprel == "nmod" && ws[n].Head > 0 && ws[n].Head-1 < n && ws[ws[n].Head-1].UPOS == "NOUN" && !subordinated(ws, n) {
			n = ws[n].Head - 1 // "as the death toll from the outbreak rose": the toll rose
		}
		if under(ws, v, n) {
			return -1, -1 // the verb is the noun's own clause: no tree may loop
		}
		// The noun's phrase must end right before the verb …
		ends := true
		for j := n + 1; j < v; j++ {
			ends = ends && (under(ws, j, n) || verbModifier(ws, j, v))
		}
		if !ends {
			return -1, -1
		}
		// … and start right after its preposition.
		for c := range n {
			// "after" is the noun's case, or its mark when the parse
			// made the noun a clause of the verb ("days after the
			// carmaker admitted": carmaker an advcl of admitted)
			if ws[c].Head == n+1 && (ws[c].Deprel == "case" || ws[c].Deprel == "mark" && ws[n].Deprel == "advcl") {
				if subordinating(ws[c].Form) && phraseFrom(ws, c+1, n) {
					return n, c
				}
				return -1, -1
			}
		}
	}
	return -1, -1
}

// finiteWithoutSubject reports whether word v is a finite verb, or a
// participle with a finite auxiliary, with no subject of its own.
func finiteWithoutSubject(ws []language.Word, v int) bool {
	w := ws[v]
	if w.UPOS != "VERB" {
		return false
	}
	switch w.XPOS {
	case "VBD", "VBZ", "VBP":
	case "VBN", "VBG":
		if !finiteAuxiliary(ws, v) {
			return false // a participle alone: "the men arrested"
		}
	default:
		return false
	}
	for _, rel := range []string{"nsubj", "nsubj:pass", "expl", "csubj"} {
		if hasRelation(ws, v, rel) {
			return false
		}
	}
	return true
}

// frontedSubject returns the word that heads the noun phrase right before
// finite verb v and after a comma that closes a fronted phrase with no
// verb in it, when the parse made that head depend on the fronted phrase
// instead of on v; else -1.
func frontedSubject(ws []language.Word, v int) int {
	if ws[v].Deprel != "root" || !finiteWithoutSubject(ws, v) {
		return -1
	}
	comma := -1
	for k := v - 1; k >= 0; k-- {
		if ws[k].Form == "," {
			comma = k
			break
		}
	}
	if comma < 1 || comma+1 >= v {
		return -1
	}
	for k := 0; k < comma; k++ {
		if ws[k].UPOS == "VERB" || ws[k].UPOS == "AUX" {
			return -1 // "When police arrived, …": a clause, which the parser reads well
		}
	}
	// The words between the comma and the verb must be one phrase: one
	// of them heads it, attached into the fronted phrase; the others
	// hang under it.
	root := -1
	for k := comma + 1; k < v; k++ {
		h := ws[k].Head - 1
		if h > comma && h < v {
			continue
		}
		if root >= 0 {
			return -1
		}
		root = k
	}
	if root < 0 || ws[root].Head-1 >= comma || ws[root].Head == 0 {
		return -1
	}
	switch ws[root].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return -1
	}
	switch ws[root].Deprel {
	case "appos", "conj", "nmod", "dep", "parataxis":
		return root
	}
	return -1
}

// finiteAuxiliary reports whether verb v has a finite auxiliary: "was
// published", "is meeting".
func finiteAuxiliary(ws []language.Word, v int) bool {
	for k := range ws {
		if ws[k].Head == v+1 && strings.HasPrefix(ws[k].Deprel, "aux") {
			switch ws[k].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}
