package resolve

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Kind families: kinds that can name the same happening.
const (
	famMeeting = "meeting" // a meeting, talks, a visit: both sides take part
	famCall    = "call"    // a phone or video call: both sides take part
	famSpeech  = "speech"  // something said: statements and the speech acts that specialise them
	famArrest  = "arrest"  // taken into custody, by whatever word: "arrested", "detained", "held"
)

// polarity says whether a word of saying affirms (1) or denies (-1) what
// is said, or neither (0): one speaker's denial and confirmation are two
// sayings, however close in time.
func polarity(trigger string) int {
	switch trigger {
	case "deny", "reject", "refute", "dismiss", "dispute", "rebut":
		return -1
	case "confirm", "admit", "acknowledge", "concede", "affirm":
		return 1
	}
	return 0
}

// familyOf returns the family of an event kind. Kinds outside the known
// families are their own family; "other" events only merge when their
// trigger words agree.
func familyOf(kind, trigger string) string {
	switch kind {
	case "meeting", "talks", "talk", "negotiation", "negotiations", "summit", "visit", "discussion", "discussions", "conference":
		return famMeeting
	case "call", "phone call", "phone_call", "conversation":
		return famCall
	case "statement", "announcement", "demand", "warning", "accusation", "rejection", "denial",
		"claim", "criticism", "praise", "threat", "comment", "interview", "press conference",
		"press_conference", "speech", "remark", "remarks", "appeal", "assurance", "pledge", "promise":
		return famSpeech
	case "", "other":
		return "other:" + strings.ToLower(strings.TrimSpace(trigger))
	}
	return kind
}

// symmetric reports whether both sides of an event of family fam take part
// alike, so that who is named first does not matter.
func symmetric(fam string) bool { return fam == famMeeting || fam == famCall }

// generic reports whether kind says only that something was said, so that
// it may be the same telling as any more specific speech act.
func generic(kind string) bool {
	switch kind {
	case "statement", "comment", "remark", "remarks", "speech", "interview", "press conference", "press_conference":
		return true
	}
	return false
}

func normKind(kind string) string { return strings.ToLower(strings.TrimSpace(kind)) }

// kindsCompatible reports whether kinds a and b of the same family can be
// the same event.
func kindsCompatible(fam, a, b string) bool {
	if a == b || fam == famMeeting || fam == famCall {
		return true
	}
	return fam == famSpeech && (generic(a) || generic(b))
}

// statusClass groups statuses that can describe the same event: what
// happened (told as fact or as someone's report), what is to come, what is
// denied, what is only supposed.
type statusClass uint8

const (
	classHappened statusClass = iota
	classFuture
	classDenied
	classHypothetical
)

func classOf(status string) statusClass {
	switch strings.ToLower(strings.TrimSpace(status)) {
	case timeline.Expected, timeline.Planned:
		return classFuture
	case timeline.Denied:
		return classDenied
	case timeline.Hypothetical:
		return classHypothetical
	}
	return classHappened
}

// realm is a group of kinds: kinds of two realms cannot tell one
// happening, however their words match ("Troy was fired" from his job is
// no attack; "fired a round" no dismissal). Kinds in no realm ("other", a
// meeting, a legal step) may stand beside any: the extractor files them
// loosely, and a killing's death or a charge's accusation is the same
// happening told from another side.
type realm uint8

const (
	noRealm realm = iota
	realmHarm
	realmOffice
	realmSpeech
)

func realmOf(kind string) realm {
	switch kind {
	case "attack", "disaster", "death":
		return realmHarm
	case "appointment", "dismissal", "resignation", "hiring":
		return realmOffice
	}
	if familyOf(kind, "") == famSpeech {
		return realmSpeech
	}
	return noRealm
}

// clashes reports whether realms a and b cannot be one event's.
func clashes(a, b realm) bool { return a != noRealm && b != noRealm && a != b }

// kindsClash reports whether kinds a and b lie in different realms.
func kindsClash(a, b string) bool { return clashes(realmOf(a), realmOf(b)) }

// once reports whether an event of family fam befalls its patient once
// in a story, so that any two words of its kind tell it: a dismissal.
// (An appointment does not: "promoted to vice president in 2003" and
// "named interim coach" are two, which merged as two words of kind
// appointment, ECB+ dev CoNLL F1 69.7 → 69.6. Deaths merged by their
// kind's words moved ECB+ train's links F1 46.3 → 46.2, its CoNLL F1
// unchanged.)
func once(fam string) bool { return fam == "dismissal" }

// kindWord reports whether the lexicon files word under kind, as a verb
// or as a noun: a specific kind's own words ("sack", "oust", "remove" a
// dismissal), not one the extractor gave a word of no kind, nor any word
// of kind "other".
func kindWord(word, kind string) bool {
	if word == "" || kind == "" || kind == wn.Other {
		return false
	}
	return slices.Contains(wn.Kinds(word, false), kind) || slices.Contains(wn.Kinds(word, true), kind)
}
