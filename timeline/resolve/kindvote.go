package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A merged event's kind is voted on by its tellings. A verb says what
// happened ("Witkoff stated …"); a noun is often a reference made in
// passing ("Putin's demands"), and is filed by the noun's own first
// sense, so a telling by verb counts double.
const (
	verbVote = 2
	nounVote = 1
)

// eventKind is the kind most of the tellings give, verbs weighing more
// than nouns. A tie goes to the kind more verbs give, then to a specific
// speech act over a plain statement ("warned" over "said"), then to the
// first in alphabetical order.
func eventKind(members []*record) string {
	type tally struct {
		kind         string
		votes, verbs int
	}
	if k := members[0].kind; !slices.ContainsFunc(members[1:], func(r *record) bool { return r.kind != k }) && k != "" {
		// One kind told: no vote, and no word to look up.
		return k
	}
	var counts []tally
	for _, r := range members {
		k := r.kind
		if k == "" {
			k = wn.Other
		}
		i := 0
		for i < len(counts) && counts[i].kind != k {
			i++
		}
		if i == len(counts) {
			counts = append(counts, tally{kind: k})
		}
		if nominal(r) {
			counts[i].votes += nounVote
		} else {
			counts[i].votes += verbVote
			counts[i].verbs++
		}
	}
	best := tally{kind: wn.Other, votes: -1}
	for _, t := range counts {
		if t.votes != best.votes {
			if t.votes > best.votes {
				best = t
			}
			continue
		}
		if t.verbs != best.verbs {
			if t.verbs > best.verbs {
				best = t
			}
			continue
		}
		if g, bg := generic(t.kind), generic(best.kind); g != bg {
			if !g {
				best = t
			}
			continue
		}
		if t.kind < best.kind {
			best = t
		}
	}
	return best.kind
}

// nominal reports whether a telling names its event with a noun: a noun
// made from a verb ("discussions", "expectations"), or a word after a
// determiner or a possessive ("the demands", "Putin's demands").
func nominal(r *record) bool {
	if vs := wn.Verbs(r.trigger); len(vs) > 0 && vs[0] != r.trigger {
		return true
	}
	prev := wordBefore(r)
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || strings.HasSuffix(prev, "s'") {
		return true
	}
	return determiner(prev)
}

// determiner reports whether w, lower-case, opens a noun phrase.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
		"such", "any", "no", "every", "each", "another":
		return true
	}
	return false
}

// wordBefore returns the lower-cased word just before the telling's
// trigger in its sentence, or "" when there is none to read.
func wordBefore(r *record) string {
	m := &r.m.Mention
	tr := m.Trigger
	if tr == nil {
		return ""
	}
	at := tr.Start - m.Start
	if at <= 0 || at > len(m.Text) {
		return ""
	}
	s := strings.TrimRightFunc(m.Text[:at], unicode.IsSpace)
	if len(s) == len(m.Text[:at]) {
		return "" // the trigger does not start a word
	}
	i := strings.LastIndexFunc(s, func(c rune) bool { return unicode.IsSpace(c) || c == '(' || c == '"' || c == '“' })
	w := s
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		w = s[i+size:]
	}
	return strings.ToLower(w)
}
