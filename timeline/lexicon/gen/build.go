package main

import (
	"slices"
	"strings"
)

// relatedSenses is how many senses of each part of speech of a word take
// part in Related: enough for "attack" to reach "assault" (its fourth verb
// sense is assail.v.01, assault's first), few enough that a word's rare
// senses do not relate it to half the language.
const relatedSenses = 4

// entry is everything the package knows of one lemma.
type entry struct {
	lemma          string
	vclass, nclass string
	vkinds, nkinds []string
	event          bool
	verbs, nouns   []string // derivationally related lemmas
	senses, near   []ref    // for Related: first senses; their hypernyms (two steps up) and derivations
	// Related needs senses for the words that can name events only:
	// verbs and event nouns. Leaving the other nouns out halves the file.
}

func build(wn *wordnet) ([]*entry, error) {
	k, err := newKinder(wn)
	if err != nil {
		return nil, err
	}
	ev, err := newEventDecider(k)
	if err != nil {
		return nil, err
	}
	byLemma := map[string]*entry{}
	for _, pos := range []byte{'v', 'n'} {
		for _, l := range wn.lemmas[pos] {
			if pos == 'n' && wn.taxon(l) {
				continue
			}
			e := byLemma[l]
			if e == nil {
				e = &entry{lemma: l}
				byLemma[l] = e
			}
			fill(wn, k, ev, e, pos)
		}
	}
	addSingulars(wn, byLemma)
	addClosedUp(byLemma)
	out := make([]*entry, 0, len(byLemma))
	for _, e := range byLemma {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *entry) int { return strings.Compare(a.lemma, b.lemma) })
	return out, nil
}

// fill sets what one part of speech contributes to an entry.
func fill(wn *wordnet, k *kinder, ev *eventDecider, e *entry, pos byte) {
	senses := wn.index[pos][e.lemma]
	class := wn.className(senses[0])
	kinds := k.kinds(e.lemma, pos)
	derived := wn.derived(e.lemma, pos)
	if pos == 'v' {
		e.vclass, e.vkinds, e.nouns = class, kinds, derived
	} else {
		e.nclass, e.nkinds, e.verbs = class, kinds, derived
		e.event = ev.isEventNoun(e.lemma)
	}
	if pos == 'n' && !e.event {
		return
	}
	for i, r := range senses {
		if i == relatedSenses {
			break
		}
		e.senses = append(e.senses, r)
		s := wn.synsets[r]
		for _, h := range s.hyper {
			e.near = append(e.near, h)
			e.near = append(e.near, wn.synsets[h].hyper...)
		}
		for _, d := range s.deriv {
			e.near = append(e.near, d.target)
		}
	}
}

// taxon reports whether a noun is only ever the name of a genus, family or
// species, which WordNet writes with a capital ("Borassus", "genus
// Thlaspi", "Pyrola uniflora"): one noun in eight, and no use for news.
// Common names ("oak") are kept.
func (wn *wordnet) taxon(lemma string) bool {
	for _, r := range wn.index['n'][lemma] {
		if c := wn.className(r); c != "animal" && c != "plant" {
			return false
		}
		for _, m := range wn.synsets[r].members {
			if m.lemma == lemma && !m.proper {
				return false
			}
		}
	}
	return true
}

// derived lists the lemmas of the other part of speech (noun for a verb,
// verb for a noun) that WordNet links to the word by a derivational
// pointer, from its most frequent sense on, without repeats.
func (wn *wordnet) derived(lemma string, pos byte) []string {
	var out []string
	for _, r := range wn.index[pos][lemma] {
		s := wn.synsets[r]
		for _, d := range s.deriv {
			if d.target.pos == pos || s.members[d.from].lemma != lemma {
				continue
			}
			if t := wn.synsets[d.target].members[d.to].lemma; !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// addSingulars gives a plural-only noun without derivations of its own
// the verb of its singular: WordNet files "talks" as a negotiation with no
// link to "talk", while the singular noun "talk" is linked to the verb.
func addSingulars(wn *wordnet, m map[string]*entry) {
	for l, e := range m {
		if e.nclass == "" || len(e.verbs) > 0 || !strings.HasSuffix(l, "s") {
			continue
		}
		for _, sg := range singulars(l) {
			if s := m[sg]; s != nil && s.vclass != "" && s.nclass != "" && slices.Contains(s.nouns, sg) {
				e.verbs = []string{sg}
				break
			}
		}
	}
}

// singulars are the candidate singulars of an English plural.
func singulars(w string) []string {
	out := []string{strings.TrimSuffix(w, "s")}
	if strings.HasSuffix(w, "ies") {
		out = append(out, strings.TrimSuffix(w, "ies")+"y")
	}
	if strings.HasSuffix(w, "es") {
		out = append(out, strings.TrimSuffix(w, "es"))
	}
	return out
}

// addClosedUp adds the closed-up spelling of hyphenated lemmas that news
// writes solid ("cease-fire" → "ceasefire", "take-over" → "takeover") when
// WordNet does not have it already. The copy shares everything with the
// original.
func addClosedUp(m map[string]*entry) {
	var hyphened []string
	for l := range m {
		if strings.Contains(l, "-") && !strings.Contains(l, " ") {
			hyphened = append(hyphened, l)
		}
	}
	slices.Sort(hyphened) // "a-bc" and "ab-c" close up alike: the first wins
	for _, l := range hyphened {
		solid := strings.ReplaceAll(l, "-", "")
		if _, ok := m[solid]; ok || solid == "" {
			continue
		}
		c := *m[l]
		c.lemma = solid
		m[solid] = &c
	}
}
