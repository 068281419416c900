package resolve

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline/extract"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// representative picks the telling whose summary reads as the event's
// line in a timeline, the way a reporter would write it. In order of
// preference, a telling
//
//  1. dated as the event is (its date agrees with the chosen one);
//  2. told by a verb, not a noun ("Colin Ashby declared a local
//     emergency", not "A local emergency"; "Residents were evacuated",
//     not "Evacuations");
//  3. naming who did it;
//  4. dated by its own text, not by its paper's day or the story's;
//  5. saying one clause: a summary that runs past a comma into another
//     telling of its sentence ("Colin Ashby declared an emergency earlier
//     this week, said the two storms had caused") glues two;
//  6. of the event's kind (so that the summary says what the kind says),
//     then of its status (what occurred over what was only reported);
//  7. the most timeline-worthy (a bare "the proposal" does not speak for
//     "Ukraine accepted the US ceasefire proposal"), naming the most
//     participants and places, most precisely dated.
//
// glued says which tellings glue two clauses.
func representative(members []*record, kind, status string, agreeing *dateGroup, glued func(*record) bool) *record {
	score := func(r *record) [11]int {
		s := [11]int{}
		if agreeing.agrees(r) {
			s[0] = 1
		}
		if toldByVerb(r) {
			s[1] = 1
		}
		if len(r.agents()) > 0 {
			s[2] = 1
		}
		if r.dated && (r.m.When.Basis == "" || r.m.When.Basis == extract.BasisText) {
			s[3] = 1
		}
		if !glued(r) {
			s[4] = 1
		}
		if r.kind == kind || r.kind == "" && kind == "other" {
			s[5] = 1
		}
		if normStatus(r.m.Status) == status {
			s[6] = 1
		}
		s[7] = int(math.Round(r.m.Salience * 10))
		s[8], s[9] = len(r.actors()), len(r.places())
		if r.dated {
			s[10] = -int(r.width())
		} else {
			s[10] = -1 << 30
		}
		return s
	}
	best := members[0]
	bs := score(best)
	for _, r := range members[1:] {
		if s := score(r); slices.Compare(s[:], bs[:]) > 0 {
			best, bs = r, s
		}
	}
	return best
}

// summary is the representative's, or else the first of a telling of
// the representative's kind, or else any telling's.
func summary(members []*record, rep *record) string {
	if rep.m.Summary != "" {
		return rep.m.Summary
	}
	for _, sameKind := range []bool{true, false} {
		for _, r := range members {
			if r.m.Summary != "" && (!sameKind || r.kind == rep.kind) {
				return r.m.Summary
			}
		}
	}
	return ""
}

// gluedIn returns, for the tellings of cluster c, whether a telling's
// summary glues two clauses: after a comma outside quotes, it goes on
// with the trigger of another telling of its sentence. The other
// tellings are those of its document, which lie together in recs; they
// are read only for a summary with such a comma, of an event told more
// than once.
func gluedIn(recs []record, c *cluster) func(*record) bool {
	if len(c.members) < 2 {
		return func(*record) bool { return false }
	}
	return func(r *record) bool {
		next := wordAfterComma(r.m.Summary)
		if next == "" {
			return false
		}
		ri := int(c.members[slices.IndexFunc(c.members, func(i int32) bool { return &recs[i] == r })])
		lo, hi := ri, ri+1
		for lo > 0 && recs[lo-1].doc == r.doc {
			lo--
		}
		for hi < len(recs) && recs[hi].doc == r.doc {
			hi++
		}
		at := r.m.Mention.Start
		for i := lo; i < hi; i++ {
			o := &recs[i]
			if o == r || o.m.Mention.Start != at || o.m.Mention.Trigger == nil || sameTrigger(o, r) {
				continue
			}
			if strings.EqualFold(triggerText(o), next) {
				return true
			}
		}
		return false
	}
}

// toldByVerb reports whether r names its event with a verb: its word is
// a verb and no noun, or is written as a verb's form ("battered",
// "struck": not the word itself, nor a plural); a word that can be
// either is judged as the kind vote judges it (nominal). "A local
// emergency" and "Evacuations" are nouns.
func toldByVerb(r *record) bool {
	noun, verb := wn.PartsOfSpeech([]byte(r.trigger))
	switch {
	case !verb && noun:
		return false
	case !verb || wordBefore(r) != "" && determiner(wordBefore(r)):
		return !nominal(r)
	case !noun:
		return true
	}
	if r.m.Mention.Trigger != nil {
		w := strings.ToLower(triggerText(r))
		if w != "" && w != r.trigger && !strings.HasSuffix(w, "s") {
			return true
		}
	}
	return !nominal(r)
}

func sameTrigger(a, b *record) bool {
	ta, tb := a.m.Mention.Trigger, b.m.Mention.Trigger
	return tb != nil && ta.Start == tb.Start && ta.End == tb.End
}

// triggerText is the trigger as written in the telling's sentence, or "".
func triggerText(r *record) string {
	m := &r.m.Mention
	from, to := m.Trigger.Start-m.Start, m.Trigger.End-m.Start
	if from < 0 || to > len(m.Text) || from >= to {
		return ""
	}
	return m.Text[from:to]
}

// wordAfterComma returns the word that follows the first comma of s
// outside quotes, or "".
func wordAfterComma(s string) string {
	quoted := false
	for i, c := range s {
		switch c {
		case '"':
			quoted = !quoted
		case '“':
			quoted = true
		case '”':
			quoted = false
		case ',':
			if quoted {
				continue
			}
			rest := strings.TrimLeftFunc(s[i+1:], unicode.IsSpace)
			end := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' })
			if end < 0 {
				end = len(rest)
			}
			return rest[:end]
		}
	}
	return ""
}
