package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// In a stream, two tellings that give no day, at least one of them
// naming no one, of what the extractor could file under no kind, have
// only their words in common, and the documents of one story are all
// alike: the second pass merged "to do anything" with "the decisions
// made by officials", "was preparing to evacuate its citizens" with "a
// threat of intervention being prepared", each pair from two outlets,
// on the trigger word alone. An event noun told so ("the blockage", "the
// collapse") names the story's happening, which every outlet tells; a
// verb told so is a clause about anything, and two outlets telling one
// such thing tell what it was about in some of the same words ("would
// cut more than 15% of its workforce", "to cut 15% of its staff"). Such
// a pair is weighed only when both are told by event nouns alone, or
// what they are about shares a content word beside the trigger. (Two
// that name someone each are judged by whom they name.) So is an
// undated telling naming someone beside another outlet's dated one
// naming no one: the second pass merged "Burkhardt said he had stayed
// in Chicago" with "some 40 people remained missing" told on Monday, on
// two related verbs. Over the 37 real stories of the last stops 15
// events more came apart, nearly all two things told as one ("the
// coalition took 76 of the 125 seats", "Nakamura took the matter
// extremely seriously"; one decision told twice was lost), and the
// eventtime set's scores are unchanged.

// thinUndated reports whether events a and b (at ia and ib) are a pair
// that tells too little to be weighed: in a stream, both of kind other,
// undated, or one undated naming someone and one dated naming no one
// (thinBeside), one or both naming no one, one told by a word that is no
// event noun, and nothing else they say in common.
func (ps *pairScorer) thinUndated(a, b *cluster, ia, ib int32) bool {
	if ps.archive || len(a.actors()) > 0 && len(b.actors()) > 0 || int(max(ia, ib)) >= len(ps.told) {
		return false
	}
	fa, fb := &ps.told[ia], &ps.told[ib]
	owned := ownedNoun(a, fa) || ownedNoun(b, fb)
	if !owned && !(thin(a) && thinBeside(a, b) || thin(b) && thinBeside(b, a)) {
		return false
	}
	if !owned && !fa.notNoun && !fb.notNoun {
		return false
	}
	return fa.about == nil || fb.about == nil || !fa.about.shares(fb.about)
}

// An event noun whose owner is named ("Vale's collapse on the stock
// market") is that owner's, and another outlet's noun naming no one ("the
// collapse of the dam") is the same event only when what they tell of
// shares a word beside the noun: on the noun alone the second pass gave
// the dam's collapse the company's fall in its shares.

// ownedNoun reports whether c, thin, names someone and is told by event
// nouns alone: the noun of whoever it names ("Vale's collapse").
func ownedNoun(c *cluster, f *toldFacts) bool {
	return thin(c) && len(c.actors()) > 0 && !f.notNoun
}

// thin reports whether c is undated and has a kind that says nothing of
// what happened.
func thin(c *cluster) bool {
	return !c.dated && otherKind(c)
}

// thinBeside reports whether b, beside the thin event a, is thin too,
// or dated, of kind other and naming no one while a names someone.
func thinBeside(a, b *cluster) bool {
	return thin(b) || otherKind(b) && len(a.actors()) > 0 && len(b.actors()) == 0
}

// otherKind reports whether c has a kind that says nothing of what
// happened: other, or movement, the kind of WordNet's verbs of motion
// ("leave", "send", "fall", "lead", "come"), which every story's clauses
// use of anything. As movement's were weighed on the trigger alone, the
// second pass merged "people leaving the consulate" with "he had left his
// phones with her" and "the bank, led by its governor" with "announced
// the result"; over the 45 real stories of the last stops some 25 such
// events came apart, a few pairs of one thing too ("pressure had fallen",
// "pressure began to fall" without their day). ECB+ (an archive), the
// eventtime set's scores and the gold stories are unchanged.
func otherKind(c *cluster) bool { return c.kind == "" || c.kind == "other" || c.kind == "movement" }

// weighsAbout reports whether thinUndated or lightApart may weigh what c
// is about: c is thin, of kind other naming no one, or told by light
// verbs.
func weighsAbout(c *cluster) bool {
	return thin(c) || otherKind(c) && len(c.actors()) == 0 || toldByLightVerbs(c)
}

// aboutReach is how many words after a thin telling's trigger tell what
// it was about, within its clause ("would cut more than 15% of its
// workforce"), and aboutBack how many before it tell of what
// ("preparations for a meeting had not yet begun").
const (
	aboutReach = 6
	aboutBack  = 3
)

// addAbout adds to s the content words of what r is about: those of its
// summary and the words around its trigger in its clause, numbers among
// them, but for the trigger word, which every telling of its block
// shares.
func addAbout(s *said, r *record) *said {
	if s == nil {
		s = new(said)
	}
	t := r.m.Mention.Trigger
	text := r.m.Mention.Text
	from, to := t.Start-r.m.Mention.Start, t.End-r.m.Mention.Start
	if from < 0 || from > to || to > len(text) {
		return s
	}
	skip, skipText := stemHash(r.trigger), stemHash(strings.ToLower(text[from:to]))
	add := func(w string) {
		w = strings.ToLower(strings.TrimFunc(w, notWordRune))
		if s.n == maxSaid || len(w) < 2 || functionWords[w] || sayingWords[w] {
			return
		}
		if x := stemHash(w); x != skip && x != skipText {
			s.stems[s.n] = x
			s.n++
		}
	}
	// The summary names what the telling's clause is about, its subject
	// first ("Preparations had not begun"); the names it holds beside,
	// capitalised, are those every telling of the story shares.
	first := true
	for w := range strings.FieldsSeq(r.m.Summary) {
		if r, _ := utf8.DecodeRuneInString(w); first || !unicode.IsUpper(r) {
			add(w)
		}
		first = false
	}
	before := text[:from]
	for range aboutBack {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		i := strings.LastIndexFunc(before, unicode.IsSpace)
		w := before[i+1:]
		if w == "" || strings.ContainsAny(w, ",;:.!?") {
			break
		}
		add(w)
		before = before[:i+1]
	}
	words := 0
	for w := range strings.FieldsSeq(text[to:]) {
		if words == aboutReach {
			break
		}
		words++
		add(w)
		if strings.ContainsAny(w, ",;:.!?") {
			break
		}
	}
	return s
}

// shares reports whether s and o hold a common content word.
func (s *said) shares(o *said) bool {
	return s.n > 0 && o.n > 0 && s.agrees(o)
}

// toldAsNoun reports whether r tells its event by an event noun written
// as its lemma (nounTelling) that no word before it makes a verb: "to
// do", "would cut", "had not changed" are verbs whose bare form is also
// a noun's.
func toldAsNoun(r *record) bool {
	return nounTelling(r) && !verbMarkers[strings.ToLower(wordBefore(r))]
}

// verbMarkers are the words that, just before a word, make it a verb:
// the infinitive's "to", the modals and auxiliaries, "not".
var verbMarkers = setOf("to", "would", "will", "can", "could", "may", "might", "must", "shall", "should",
	"did", "does", "do", "not", "n't", "had", "has", "have", "was", "were", "is", "are", "be", "been", "being")
