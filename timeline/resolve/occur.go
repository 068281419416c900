package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline/extract"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb of occurring says only that what its subject names happened:
// "the quake struck", "the earthquake that shook Morocco", "the blast
// occurred". Its telling is the subject's event told again, so it shares
// the subject's word: "The 6.8-magnitude quake struck" and "the
// magnitude-6.8 quake" are one quake, though "strike" and "quake" are not
// related words. So is "an explosion tore through the plant", "the blast,
// which ripped through a solvent store".
var occurrenceVerbs = setOf("strike", "hit", "shake", "rock", "rattle", "jolt", "occur", "happen",
	"take place", "erupt", "break out", "unfold", "ravage", "devastate", "batter", "lash", "pound", "sweep",
	"tear", "rip")

// occurredSubject is eventSubject of r's telling, in a news report: one
// with a publication day. ECB+, undated articles, annotates the verb
// apart from the noun (its chains hold "earthquake", "quake" and
// "tremor", never "struck"), and there the subject's word cost train
// CoNLL F1 62.6 → 62.5 and dev plot links 42.6 → 42.1.
func occurredSubject(r *record) string {
	if !r.hasPub {
		return ""
	}
	return eventSubject(r.m)
}

// relativeWords stand between a subject and its verb in "the quake that
// struck", "the storm, which has battered".
var relativeWords = setOf("that", "which", "has", "had", "have", "was", "were")

// eventSubject returns the event noun that is the subject of m's verb of
// occurring ("quake" of "the quake that struck late on Friday"), or ""
// when m is told otherwise, or someone is said to have done it.
func eventSubject(m *extract.EventMention) string {
	if !occurrenceVerbs[triggerWord(m.Trigger)] {
		return ""
	}
	if len(m.Actors) > 0 {
		// "A powerful earthquake struck Kastrel province" names whom it
		// struck: the first pass weighs it by them, with its subject's
		// tellings that name them too.
		return ""
	}
	t := &m.Mention
	if t.Trigger == nil {
		return ""
	}
	at := t.Trigger.Start - t.Start
	if at <= 0 || at > len(t.Text) {
		return ""
	}
	words := strings.Fields(t.Text[:at])
	for skipped := 0; len(words) > 0 && skipped < 2 && relativeWords[strings.ToLower(strings.Trim(words[len(words)-1], ",;"))]; skipped++ {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return "" // "the quake's aftershocks struck": another subject
	}
	w := triggerWord(strings.Trim(last, ",;:\"“”'’()"))
	if w == "" || !wn.IsEventNoun(w) {
		return ""
	}
	return w
}
