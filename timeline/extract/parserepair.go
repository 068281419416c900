package extract

import (
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
