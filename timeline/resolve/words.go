package resolve

import (
	"slices"
	"strconv"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// likeness is how two events' trigger words agree, for pairScorer.score.
type likeness uint8

const (
	wordsDiffer  likeness = iota // no word of one is related to one of the other
	wordsRelated                 // related words (relatedPair)
	wordsShared                  // a word in common
)

// eventWords holds the events' trigger words as numbers, back to back,
// so that the words of a pair are compared as numbers, and the
// relatedness of two words, a walk through the lexicon, is remembered:
// comparing the words as strings and looking them up anew for every pair
// took a tenth of the second pass's scoring.
type eventWords struct {
	start []int32 // event i's words are ids[start[i]:start[i+1]]
	ids   []int32
	names []string
	// related remembers relatedPair of word numbers: each worker has
	// its own (forWorker); nil asks the lexicon every time.
	related []relatedSlot
}

// relatedSlot is a remembered pair of words (x<<32 | y, +1; 0: empty)
// and whether they are related.
type relatedSlot struct {
	pair    uint64
	related bool
}

// relatedSlots is the number of word pairs a worker remembers (a power
// of two): the pairs of differing words are few, synonyms meeting in
// their sense's block.
const relatedSlots = 1 << 12

// wordsOf numbers the trigger words of every cluster of cs, and notes
// them in the clusters' spots.
func wordsOf(cs *clusterList, spots []spot) *eventWords {
	ew := &eventWords{start: make([]int32, 0, cs.len()+1)}
	num := map[string]int32{}
	for i := range cs.n {
		ew.start = append(ew.start, int32(len(ew.ids)))
		for _, t := range cs.at(i).triggers {
			id, ok := num[t]
			if !ok {
				id = int32(len(ew.names))
				num[t] = id
				ew.names = append(ew.names, t)
			}
			ew.ids = append(ew.ids, id)
		}
		if ws := ew.ids[ew.start[i]:]; len(ws) > 0 {
			spots[i].words, spots[i].word = uint8(min(len(ws), 255)), ws[0]
		}
	}
	ew.start = append(ew.start, int32(len(ew.ids)))
	return ew
}

// forWorker returns a copy of ew for one goroutine, with its own memory
// of related words.
func (ew *eventWords) forWorker() *eventWords {
	if ew == nil {
		return nil
	}
	w := *ew
	w.related = make([]relatedSlot, relatedSlots)
	return &w
}

// alike says how the trigger words of events a and b, of spots sa and
// sb, agree: one in common, else two related (relatedPair), else
// neither.
func (ew *eventWords) alike(a, b int32, sa, sb *spot) likeness {
	switch {
	case sa.words == 0 || sb.words == 0:
		return wordsDiffer
	case sa.words == 1 && sb.words == 1:
		// Most events have a word of their own: their spots tell.
		if sa.word == sb.word {
			return wordsShared
		}
		if ew.relatedIDs(sa.word, sb.word) {
			return wordsRelated
		}
		return wordsDiffer
	}
	wa, wb := ew.ids[ew.start[a]:ew.start[a+1]], ew.ids[ew.start[b]:ew.start[b+1]]
	for _, x := range wa {
		if slices.Contains(wb, x) {
			return wordsShared
		}
	}
	for _, x := range wa {
		for _, y := range wb {
			if ew.relatedIDs(x, y) {
				return wordsRelated
			}
		}
	}
	return wordsDiffer
}

// relatedIDs is relatedPair of words x and y, by number.
func (ew *eventWords) relatedIDs(x, y int32) bool {
	if ew.related == nil {
		return relatedPair(ew.names[x], ew.names[y])
	}
	key := uint64(uint32(x))<<32 | uint64(uint32(y)) + 1
	sl := &ew.related[mix64(key)&(relatedSlots-1)]
	if sl.pair != key {
		sl.pair, sl.related = key, relatedPair(ew.names[x], ew.names[y])
	}
	return sl.related
}

// wordBlocks files each event under the blocks of its trigger words, by
// name: "w:" and the word; the verb a noun is made from ("the arrest",
// "arrested"; "the death", "died"); the death a killing causes; and
// "s:" and each of the word's first senses, where synonyms meet ("hit",
// "strike"; see blockSenses). A word's blocks are found once, not once an event (which,
// with a name made for each, took a tenth of the merge's wall time on
// the benchmark corpus, on one CPU), and the blocks share one list.
func wordBlocks(cs *clusterList, ew *eventWords) map[string][]int32 {
	num := map[string]int32{}
	var names []string
	of := make([][]int32, len(ew.names)) // each word's blocks
	file := func(w int, k string) {
		b, ok := num[k]
		if !ok {
			b = int32(len(names))
			num[k] = b
			names = append(names, k)
		}
		of[w] = append(of[w], b)
	}
	for w, t := range ew.names {
		file(w, "w:"+t)
		if vs := wn.Verbs(t); len(vs) > 0 && vs[0] != t {
			file(w, "w:"+vs[0])
		}
		if o := outcome(t); o != "" {
			file(w, "w:"+o)
		}
		for _, sense := range firstSenses(t) {
			file(w, "s:"+strconv.FormatUint(uint64(sense), 10))
		}
	}
	dropLoneSenses(of, names)
	size := make([]int, len(names))
	total := 0
	for _, w := range ew.ids {
		for _, b := range of[w] {
			size[b]++
			total++
		}
	}
	all := make([]int32, total)
	members := make([][]int32, len(names))
	at := 0
	for b, n := range size {
		members[b] = all[at : at : at+n]
		at += n
	}
	for ci := range cs.n {
		for _, w := range ew.ids[ew.start[ci]:ew.start[ci+1]] {
			for _, b := range of[w] {
				members[b] = append(members[b], ci)
			}
		}
	}
	blocks := make(map[string][]int32, len(names))
	for b, k := range names {
		if len(members[b]) > 0 { // not a sense dropped
			blocks[k] = members[b]
		}
	}
	return blocks
}

// dropLoneSenses takes out of the words' blocks (of, by word number) each
// sense block that gathers the same words as a word's block or an earlier
// sense's: it holds the same events, whose pairs are scored there
// already. Most senses gather one word, whose own block they repeat, so
// a word can be filed under all its senses, where synonyms meet
// ("capture" and "seize" share only their third), for few more pairs
// than under its first. (A sense of one word is kept when other words
// file under that word too, the verb of a noun: the larger block's
// window may pass over pairs the smaller one finds.)
func dropLoneSenses(of [][]int32, names []string) {
	words := make([][]int32, len(names)) // each block's words, ascending
	for w, bs := range of {
		for _, b := range bs {
			if ws := words[b]; len(ws) == 0 || ws[len(ws)-1] != int32(w) {
				words[b] = append(ws, int32(w))
			}
		}
	}
	keep := make([]bool, len(names))
	seen := map[string]bool{}
	var key []byte
	wordsKey := func(b int) string {
		key = key[:0]
		for _, w := range words[b] {
			key = strconv.AppendInt(append(key, ' '), int64(w), 10)
		}
		return string(key)
	}
	for b, k := range names {
		if !strings.HasPrefix(k, "s:") {
			keep[b] = true
			seen[wordsKey(b)] = true
		}
	}
	for b, k := range names {
		if strings.HasPrefix(k, "s:") {
			if k := wordsKey(b); !seen[k] {
				seen[k] = true
				keep[b] = true
			}
		}
	}
	for w, bs := range of {
		of[w] = slices.DeleteFunc(bs, func(b int32) bool { return !keep[b] })
	}
}

// wordsAgree reports whether r's trigger can tell the same happening as
// c's: within the families whose kinds already say what happened (a
// meeting, a call, something said, an arrest) any words do ("talks",
// "met"; "arrested", "detained"), but for a denial and a confirmation;
// in any
// other kind the words must be lexically related, so that "rumbled" and
// "seized", both filed as attacks, stay apart while "attacked" and "the
// assault" merge, or, of what befalls its patient once (a dismissal),
// both be words the lexicon files under that kind (kindWord): "Altman was sacked", "Altman was ousted",
// "the board removed Altman" are one dismissal told by three outlets,
// though WordNet relates none of the three words to another.
func wordsAgree(fam string, r *record, c *cluster) bool {
	if fam == famSpeech && r.trigger != "" {
		for _, t := range c.triggers {
			if polarity(r.trigger)*polarity(t) < 0 {
				return false // "denied any wrongdoing", "confirmed the search": two sayings
			}
		}
	}
	if anyWords(fam) || fam == famSpeech || r.trigger == "" || len(c.triggers) == 0 {
		return true
	}
	byKind := once(fam) && r.kind == c.kind && kindWord(r.trigger, r.kind)
	for _, t := range c.triggers {
		if relatedPair(r.trigger, t) || byKind && kindWord(t, r.kind) {
			return true
		}
	}
	return false
}

// anyWords reports whether family fam's kind says what happened, whatever
// word tells it (see wordsAgree).
func anyWords(fam string) bool {
	return fam == famMeeting || fam == famCall || fam == famArrest
}
