package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline/extract"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A plural that no determiner makes definite tells a class of happenings,
// not one: "it would stagger future updates", "a tool it uses to validate
// updates", "release such updates" are updates in general, never "a
// faulty software update" that crashed the computers on Friday, which
// their word alone tied them to (a word of no known kind names nobody:
// the word and the documents were all there was). An event all of whose
// tellings are such plurals is not one any singular telling tells.

// genericOpeners open a plural that means the kind in general.
var genericOpeners = setOf("such", "future", "other", "more", "many", "some", "all", "any", "no", "new",
	"further", "several", "few", "regular", "routine", "frequent", "occasional", "most", "similar")

// genericPlural reports whether r tells a kind of happening in general: a
// word of no known kind written as its plural ("updates" of "update"),
// after a word that opens a plural in general ("future", "such") or a
// verb ("to validate updates"), not a determiner, a subject ("the
// updates", "CrowdStrike updates") or a preposition ("fanned by winds
// from the hurricane").
func genericPlural(r *record) bool {
	if r.kind != extract.KindOther || r.m.Mention.Trigger == nil || r.trigger == "" {
		return false
	}
	w := triggerText(r)
	if n := len(w) - len(r.trigger); n != 1 && n != 2 || !strings.HasSuffix(w, "s") || !strings.EqualFold(w[:len(r.trigger)], r.trigger) ||
		n == 2 && w[len(w)-2] != 'e' {
		return false
	}
	prev := strings.ToLower(wordBefore(r))
	switch {
	case genericOpeners[prev]:
		return true
	case prev == "" || determiner(prev):
		return false
	}
	noun, verb := wn.PartsOfSpeech([]byte(prev))
	return verb && !noun
}
