package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/extract"
)

// One speaker says many things on one day: "Kovacs said the talks had
// failed", "Kovacs asked both sides to hold the ceasefire", "Kovacs said
// the harvest would be late" are three sayings, not one statement told
// three times. Two tellings of one saying say it in some of the same
// words, whatever the outlet: the talks, the ceasefire, the harvest. So
// two sayings of one speaker are one only when what they say (the
// telling's object, else its summary) shares a content word, or when
// either says nothing but that it was said ("Kovacs said", "she told
// reporters"), which can be any of them. Another outlet may tell the
// same saying in other words, but by the same act: a saying and an
// urging that share no word are two, in two articles too.

// maxSaid bounds the content words of a saying that are compared: a
// saying's gist is in its first words, and the bound keeps them on the
// stack.
const maxSaid = 16

// said holds the stems of the content words of a saying, as hashes.
type said struct {
	stems [maxSaid]uint32
	n     int
}

// saidBy returns the content words of what m says: its object, or when
// it has none its summary. Capitalised words are left out (the speaker's
// name, which both tellings share anyway, and the summary's first word),
// and so are function words and words of saying.
func saidBy(m *extract.EventMention) said {
	text := m.Object
	if text == "" {
		text = m.Summary
	}
	var s said
	for w := range strings.FieldsFuncSeq(text, notWordRune) {
		if s.n == maxSaid {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		w = strings.ToLower(w)
		if len(w) < 3 || functionWords[w] || sayingWords[w] {
			continue
		}
		s.stems[s.n] = stemHash(w)
		s.n++
	}
	return s
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// stemHash hashes w cut to its first five letters once a plural or
// tense ending is off: "talks" and "talk", "failed" and "failing",
// "negotiations" and "negotiators" meet; unrelated words seldom share
// five letters.
func stemHash(w string) uint32 {
	for _, suf := range [...]string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	if len(w) > 5 {
		w = w[:5]
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// agrees reports whether two sayings can be one: either says nothing, or
// they share a content word.
func (s *said) agrees(o *said) bool {
	if s.n == 0 || o.n == 0 {
		return true
	}
	for _, x := range s.stems[:s.n] {
		for _, y := range o.stems[:o.n] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// maxSayingsCompared bounds the members of an event whose sayings r's is
// compared with: a statement's first tellings say what it is about.
const maxSayingsCompared = 8

// enoughSaid is how many content words a saying must say for another
// outlet's telling of the same day that shares none of them to be
// another saying. Outlets at one press conference quote different parts
// of it: "police said they had opened an investigation", another
// paper's "police said they had questioned three security staff". A
// telling of a few words ("a comment", "she remarked") may be any.
const enoughSaid = 2

// sayingFits reports whether r, a speech act, says what one of c's
// tellings says (see said), and whether r and each of the tellings it was
// compared with say at least enoughSaid content words.
func sayingFits(r *record, c *cluster, recs []record) (fits, enough bool) {
	s := saidBy(r.m)
	if s.n == 0 {
		return true, false
	}
	// In a stream, a telling that says nothing but that it was said
	// ("Bolsonaro stated") may be any of its speaker's sayings, but it
	// does not make its event every one: the tellings that say something
	// judge. (In an archive, where a speaker's sayings are told years
	// apart and rarely in the same words, ECB+ dev CoNLL F1 fell 69.6 →
	// 69.4 with it.)
	saysSomething := false
	enough = s.n >= enoughSaid
	for _, mi := range c.members[:min(len(c.members), maxSayingsCompared)] {
		o := saidBy(recs[mi].m)
		enough = enough && o.n >= enoughSaid
		if o.n == 0 {
			if !r.hasPub {
				return true, false
			}
			continue
		}
		saysSomething = true
		if s.agrees(&o) {
			return true, false
		}
	}
	return !saysSomething, enough
}

// otherAct reports whether r, a saying that shares no word with c's,
// is told by another act than c's tellings: another outlet's words for
// one saying use the same act ("thanked the rescuers" is not "said the
// government would review the rules"), though a plain word of saying may
// tell any act.
func otherAct(r *record, c *cluster) bool {
	if slices.Contains(c.triggers, r.trigger) {
		return false
	}
	return !plainSaying[r.trigger] || !slices.ContainsFunc(c.triggers, func(t string) bool { return plainSaying[t] })
}

// plainSaying are the verbs that say only that something was said.
var plainSaying = setOf("say", "tell", "state", "write", "add", "note", "speak", "remark", "comment", "statement")

// leadSaying breaks a tie between two sayings that one article alone
// tells apart, for a telling of another that fits both alike ("Trump's
// claim", "his words"): it is the article's first, the saying its writer
// led with, 1 when that is c, -1 when d, 0 when they are not one
// article's.
func leadSaying(c, d *cluster, recs []record) int {
	if len(c.docs) != 1 || len(d.docs) != 1 || c.docs[0] != d.docs[0] {
		return 0
	}
	return sign(firstStart(d, recs) - firstStart(c, recs))
}

// firstStart is where c's first telling starts in its document.
func firstStart(c *cluster, recs []record) int {
	first := recs[c.members[0]].m.Mention.Start
	for _, mi := range c.members[1:] {
		first = min(first, recs[mi].m.Mention.Start)
	}
	return first
}

// sayingWords are words that say only that something was said.
var sayingWords = setOf("said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
	"stated", "states", "statement", "spoke", "speaks", "wrote", "writes", "noted", "notes", "remarked",
	"reporters", "journalists", "interview", "news", "conference", "press", "according")

// functionWords are English words that say nothing of what a saying is
// about.
var functionWords = setOf("the", "and", "but", "for", "nor", "yet", "not", "was", "were", "are", "been", "being",
	"has", "had", "have", "having", "did", "does", "doing", "would", "could", "should", "will", "shall", "might",
	"must", "can", "may", "that", "this", "these", "those", "there", "their", "them", "they", "then", "than",
	"his", "her", "hers", "him", "she", "its", "our", "ours", "your", "who", "whom", "whose", "which", "what",
	"when", "where", "why", "how", "all", "any", "both", "each", "every", "some", "such", "other", "another",
	"more", "most", "much", "many", "few", "very", "too", "also", "only", "just", "even", "still", "into",
	"onto", "from", "with", "without", "about", "above", "after", "before", "over", "under", "upon", "out",
	"off", "again", "against", "between", "through", "during", "since", "until", "while", "because", "though",
	"although", "whether", "per", "via", "own", "same", "one", "two", "new", "now", "not", "yes", "here",
	"today", "yesterday", "tomorrow", "week", "month", "year", "day", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "earlier", "later", "last", "next", "ago",
	// The prepositions of two letters that place a thing: addAbout keeps
	// words of two letters for its numbers, and "collapse on the stock
	// market" and "the collapse of the dam on January 25" shared "on".
	// (With "to", "up", "is" and the like too, the eventtime set's dated
	// recall fell 71.4 → 71.3.)
	"on", "of", "in", "at", "by")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// addSaying adds the content words of what m says to s, up to maxSaid,
// and returns it: a new one when s is nil.
func addSaying(s *said, m *extract.EventMention) *said {
	if s == nil {
		s = new(said)
	}
	o := saidBy(m)
	for _, x := range o.stems[:o.n] {
		if s.n == maxSaid {
			break
		}
		s.stems[s.n] = x
		s.n++
	}
	return s
}
