package resolve

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline/extract"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb of phase says only that something starts, ends or resumes: what
// starts is its subject ("the war began", "a six-week pause to start").
// Two such tellings that name nobody are related by their verbs alone
// (start, begin), so the subject is what tells them apart: a war
// beginning and a pause starting fifteen months later are two events.
var phaseVerbs = setOf("start", "begin", "end", "resume", "stop", "finish", "halt", "cease", "commence",
	"conclude", "continue", "expire", "restart")

// phaseWaits stand between a phase verb's subject and the verb in a
// telling's summary: "the ceasefire could start", "a pause to start".
var phaseWaits = setOf("to", "could", "would", "will", "may", "might", "can", "should", "must", "has", "had",
	"have", "was", "were", "is", "are", "be", "been", "set", "due", "finally", "officially", "formally")

// phaseSubject returns the common noun whose start or end m tells ("war"
// of "The war began"), or "" when m tells no phase, names someone (its
// actors judge it), or its summary gives no such noun before the verb.
func phaseSubject(m *extract.EventMention) string {
	if len(m.Actors) > 0 || !phaseVerbs[triggerWord(m.Trigger)] || m.Mention.Trigger == nil {
		return ""
	}
	t := &m.Mention
	from, to := t.Trigger.Start-t.Start, t.Trigger.End-t.Start
	if from < 0 || to > len(t.Text) || from >= to {
		return ""
	}
	verb := strings.ToLower(t.Text[from:to])
	words := strings.Fields(strings.ToLower(m.Summary))
	at := -1
	for i, w := range words {
		if strings.Trim(w, ",;:") == verb {
			at = i
			break
		}
	}
	if at >= 0 && at+1 < len(words) && determiner(words[at+1]) {
		// "Both sides want to end the war": an object follows, and the
		// subject is who ends it, not what ends.
		return ""
	}
	waited := false
	for at > 0 && phaseWaits[words[at-1]] {
		at--
		waited = true
	}
	if at <= 0 || !waited && verb == triggerWord(m.Trigger) {
		// A bare lemma with nothing before it that makes it a verb is
		// a noun ("the first significant halt"), whose modifier says
		// nothing of what halts.
		return ""
	}
	w := strings.Trim(words[at-1], ",;:\"“”'’()")
	if w == "" || determiner(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return ""
	}
	return triggerWord(w)
}

// phasesApart reports whether two events' phase subjects are told and
// are not one thing named twice ("ceasefire", "truce").
func phasesApart(a, b string) bool {
	return a != "" && b != "" && a != b && !wn.Related(a, b)
}
