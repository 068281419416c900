package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// The verbs a summary is worded with: a predicate's lemma in the past
// tense or with the status it has ("expected to meet", "did not
// attend"), and a kind's title when nobody is named.

// kindVerb is the verb of an event a speaker performs by speaking.
var kindVerb = map[string]string{
	KindDemand: "demand", KindRejection: "reject", KindProposal: "propose", KindWarning: "warn",
	KindAgreement: "agree", KindAccusation: "accuse", KindAnnouncement: "announce",
}

// promotedVerb is the verb that says the act of kind a speaker performs
// by saying it, with object: "urged" when someone is asked to do
// something ("urged the union to return to talks"), which "demanded"
// cannot take; else the kind's own verb ("demanded guarantees").
func promotedVerb(kind, object string) string {
	if kind == KindDemand {
		first, rest, _ := strings.Cut(object, " ")
		// "the union to return", not "the return of land to Norland"
		_, after, ok := strings.Cut(" "+rest, " to ")
		next, _, _ := strings.Cut(after, " ")
		if ok && first != "to" && next != "" && strings.ToLower(next) == next && !determiners[next] {
			return "urge"
		}
	}
	return kindVerb[kind]
}

func verbForms(lemma, kind string) (past, base, prep string) {
	past, prep = summaryVerb(lemma, kind)
	base = lemma
	switch lemma {
	case "talk", "negotiate", "discuss", "summit":
		base = "hold talks"
	case "call", "phone", "telephone", "speak":
		if kind == KindCall {
			base = "speak"
		}
	case "press conference":
		past, base = "held a press conference", "hold a press conference"
	case "travel":
		past, base = "travelled", "travel"
	case "arrive":
		past, base, prep = "arrived", "arrive", "in"
	case "fly":
		past, base = "flew", "fly"
	case "sit down", "shake hands":
		past, base, prep = "met", "meet", ""
	case "say":
		base = "say"
	}
	if kind == KindMeeting && !ownVerb[lemma] {
		past, base, prep = "held talks", "hold talks", "with"
	}
	return past, base, prep
}

// ownVerb are the meeting lemmas a summary keeps; other meeting words
// ("summit", "gathering") read as "held talks".
var ownVerb = map[string]bool{"meet": true, "talk": true, "negotiate": true, "host": true, "sit down": true, "shake hands": true}

func tensed(status, past, base string) string {
	switch status {
	case timeline.Expected:
		return "expected to " + base
	case timeline.Planned:
		return "to " + base
	case timeline.Hypothetical:
		return "may " + base
	case timeline.Denied:
		return "did not " + base
	}
	return past
}

// passiveAux is the auxiliary of a passive summary with status: "Jan
// Horvat to be nominated", not "was nominated", for what is planned.
func passiveAux(status string, plural bool) string {
	was := " was "
	if plural {
		was = " were "
	}
	switch status {
	case timeline.Expected:
		return " expected to be "
	case timeline.Planned:
		return " to be "
	case timeline.Hypothetical:
		return " may be "
	case timeline.Denied:
		return was + "not "
	}
	return was
}

// participles are the past participles of the trigger verbs whose
// participle is not their past: "was flown", not "was flew" (filled from
// verbSpecs by addVerb).
var participles = map[string]string{}

func participle(lemma, past string) string {
	if p, ok := participles[lemma]; ok {
		return p
	}
	return past
}

func kindTitle(lemma, kind string) string {
	switch {
	case lemma == "press conference":
		return "Press conference"
	case kind == KindMeeting:
		return "Talks"
	case kind == "":
		return "Event"
	}
	return strings.ToUpper(kind[:1]) + kind[1:]
}

// bodyName writes a body named by a common noun with its article: "the
// appeals court", "the government"; "parliament" and "congress" go
// without, as English writes them.
func bodyName(kind, name string) string {
	if kind != timeline.Organization && kind != timeline.Group || name == "" || name[0] < 'a' || name[0] > 'z' {
		return name
	}
	switch name {
	case "parliament", "congress":
		return name
	}
	if kind == timeline.Group {
		return name // "opposition deputies"
	}
	return "the " + name
}

// restatedInBrackets reports whether the bracket at k holds nothing but
// another name of the actor just before it, an abbreviation as a rule:
// "the Federal Motor Transport Authority (KBA)", which a summary of
// canonical names would say twice.
func (s *sentence) restatedInBrackets(k int) bool {
	if k < 1 || k+2 >= len(s.toks) || s.toks[k].low != "(" || s.toks[k+2].low != ")" {
		return false
	}
	before, inside := s.toks[k-1], s.toks[k+1]
	return before.kind == tActor && inside.kind == tActor && s.x.id(before.ref) == s.x.id(inside.ref)
}
