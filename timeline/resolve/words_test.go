package resolve

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// alike tells a shared word from related ones and from others, the same
// with a worker's memory of related words as without, asked twice.
func TestEventWordsAlike(t *testing.T) {
	events := [][]string{
		{"attack"},          // 0
		{"assault"},         // 1
		{"kill"},            // 2
		{"die"},             // 3
		{"rumble"},          // 4
		{"seize", "attack"}, // 5: two words, compared as lists
		nil,                 // 6: no trigger
	}
	cs := new(clusterList)
	for i, ts := range events {
		cs.add(cluster{triggers: ts, docs: []int32{int32(i)}})
	}
	for _, tt := range []struct {
		name string
		a, b int32
		want likeness
	}{
		{"same word", 0, 5, wordsShared},
		{"same word, the other way", 5, 0, wordsShared},
		{"a killing and the death", 2, 3, wordsRelated},
		{"the death and the killing", 3, 2, wordsRelated},
		{"unrelated", 4, 3, wordsDiffer},
		{"no trigger", 6, 0, wordsDiffer},
		{"two words and one related", 5, 1, wordsRelated},
	} {
		t.Run(tt.name, func(t *testing.T) {
			spots := spotsOf(cs)
			base := wordsOf(cs, spots)
			for _, ew := range []*eventWords{base, base.forWorker()} {
				for range 2 {
					if got := ew.alike(tt.a, tt.b, &spots[tt.a], &spots[tt.b]); got != tt.want {
						t.Errorf("alike(%v, %v) = %v, want %v (remembering: %v)", events[tt.a], events[tt.b], got, tt.want, ew.related != nil)
					}
				}
			}
		})
	}
}

// wordBlocks files every event under the same blocks, as many times, as
// filing each event's words one by one does, less the sense blocks that
// repeat another block.
func TestWordBlocks(t *testing.T) {
	for _, tt := range []struct {
		name   string
		events [][]string
	}{
		{"none", nil},
		{"nouns, verbs, killings, synonyms", [][]string{
			{"arrest"}, {"arrested", "death"}, {"die"}, {"kill", "murder"}, {"hit"}, {"strike"}, nil, {"arrest"},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cs := new(clusterList)
			want := map[string][]int32{}
			for i, ts := range tt.events {
				cs.add(cluster{triggers: ts, docs: []int32{0}})
				for _, w := range ts {
					ks := []string{"w:" + w}
					if vs := wn.Verbs(w); len(vs) > 0 && vs[0] != w {
						ks = append(ks, "w:"+vs[0])
					}
					if o := outcome(w); o != "" {
						ks = append(ks, "w:"+o)
					}
					for _, s := range firstSenses(w) {
						ks = append(ks, "s:"+strconv.FormatUint(uint64(s), 10))
					}
					for _, k := range ks {
						want[k] = append(want[k], int32(i))
					}
				}
			}
			got := wordBlocks(cs, wordsOf(cs, spotsOf(cs)))
			// A sense block that gathers the words of another block
			// is dropped (dropLoneSenses): every block wanted is
			// there, or one with the same events.
			has := map[string]bool{}
			for _, b := range got {
				has[fmt.Sprint(b)] = true
			}
			if len(got) >= len(want) && len(want) > 0 {
				t.Errorf("%d blocks, %d filed: no sense dropped", len(got), len(want))
			}
			for k, w := range want {
				if b, ok := got[k]; ok && !slices.Equal(b, w) || !ok && (strings.HasPrefix(k, "w:") || !has[fmt.Sprint(w)]) {
					t.Errorf("block %s = %v, want %v", k, got[k], w)
				}
			}
		})
	}
}

// docCosineOf, from the spots, is docCosine, for events of one document
// and of several.
func TestDocCosineOf(t *testing.T) {
	vec := func(ws ...float64) docVector {
		v := docVector{}
		for f, w := range ws {
			if w != 0 {
				v.feat, v.w = append(v.feat, int32(f)), append(v.w, w)
			}
		}
		return v
	}
	ps := &pairScorer{w: DefaultWeights(), docs: []docVector{vec(0.6, 0.8), vec(0.8, 0.6), vec(0, 0, 1), vec(1)}}
	ps.w.SameDoc = 0.75
	cs := new(clusterList)
	for _, docs := range [][]int32{{0}, {1}, {0}, {2, 3}, {1, 2}, {3}} {
		cs.add(cluster{docs: docs})
	}
	spots := spotsOf(cs)
	for _, kth := range [][]float64{nil, {0.9, 0.9, 0.9, 0.9}} {
		ps.kth = kth
		for a := range cs.n {
			for b := range cs.n {
				got := ps.docCosineOf(cs.at(a), cs.at(b), &spots[a], &spots[b])
				if want := ps.docCosine(cs.at(a), cs.at(b)); got != want {
					t.Errorf("events %d, %d (kth %v): %v, want %v", a, b, kth, got, want)
				}
			}
		}
	}
}

// dropLoneSenses drops a sense block that gathers one word, whose own
// block has the same events, or the words of an earlier sense, and keeps
// one that gathers two words, or one word that another word's events
// are filed under too.
func TestDropLoneSenses(t *testing.T) {
	for _, tt := range []struct {
		name  string
		names []string
		of    [][]int32 // each word's blocks
		want  [][]int32
	}{
		{"a sense of one word",
			[]string{"w:hit", "s:1"}, [][]int32{{0, 1}}, [][]int32{{0}}},
		{"a sense of two words",
			[]string{"w:hit", "s:1", "w:strike"}, [][]int32{{0, 1}, {2, 1}}, [][]int32{{0, 1}, {2, 1}}},
		{"two senses of the same two words",
			[]string{"w:hit", "s:1", "s:2", "w:strike"}, [][]int32{{0, 1, 2}, {3, 1, 2}}, [][]int32{{0, 1}, {3, 1}}},
		{"a sense of a verb whose block its noun shares",
			[]string{"w:arrest", "s:1", "w:arrested"}, [][]int32{{0, 1}, {2, 0}}, [][]int32{{0, 1}, {2, 0}}},
		{"a word under one block twice",
			[]string{"w:die", "s:1"}, [][]int32{{0, 0, 1}}, [][]int32{{0, 0}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dropLoneSenses(tt.of, tt.names)
			for w := range tt.want {
				if !slices.Equal(tt.of[w], tt.want[w]) {
					t.Errorf("word %d: blocks %v, want %v", w, tt.of[w], tt.want[w])
				}
			}
		})
	}
}

// TestPluralTriggers: a plural trigger the lexicon does not know (a
// name's, "the Academy Awards", left plural by the tagger) is its
// singular, so that it relates to the singular's tellings and synonyms.
func TestPluralTriggers(t *testing.T) {
	const day = "2025-03-17"
	tests := []struct {
		a, b string // the two tellings' triggers
		want int    // events
	}{
		{"awards", "award", 1},
		{"killings", "killing", 1},
		{"crashes", "crash", 1},
		{"awards", "fire", 2},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			in := []m{
				{doc: "a", at: 1, kind: "other", trigger: tt.a, actors: "a:academy", when: day},
				{doc: "b", at: 5, kind: "other", trigger: tt.b, actors: "a:academy", when: day},
			}
			if events, _ := Merge(results(t, in)); len(events) != tt.want {
				t.Errorf("%d events %v, want %d", len(events), groups(events), tt.want)
			}
		})
	}
	for in, want := range map[string]string{"awards": "award", "Killings": "killing", "crashes": "crash", "injuries": "injuries", "news": "news", "talks": "talks", "pass": "pass"} {
		if got := triggerWord(in); got != want {
			t.Errorf("triggerWord(%q) = %q, want %q", in, got, want)
		}
	}
}
