package resolve

import (
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestEachPairWithin checks that eachPairWithin calls f on exactly the
// pairs of eachPair whose events share a strong component of more than
// one event, in the same order, where the windows end by the count of
// pairs, of documents and of days, and where events have no day.
func TestEachPairWithin(t *testing.T) {
	type pairXY struct{ x, y int32 }
	cases := []struct {
		name                string
		events, docs, comps int
		days, first         int32   // the days placed events fall in
		unplaced            float64 // share of events with no day (0)
		words               int     // trigger words with blocks of their own (see markRepeats), if any
	}{
		{"few events, one component", 12, 3, 1, 5, 20000, 0, 0},
		{"many documents end the windows", 600, 400, 3, 3, 20000, 0, 0},
		{"many pairs end the windows", 900, 2, 4, 1, 20000, 0, 0},
		{"days end the windows", 500, 300, 5, 400, 20000, 0, 0},
		{"events with no day", 500, 200, 6, 200, 20000, 0.3, 0},
		{"events with no day amid the dated", 500, 200, 6, 300, -150, 0.3, 0},
		{"every event alone", 200, 50, 200, 30, 20000, 0.1, 0},
		{"documents in runs", 700, 40, 8, 90, 20000, 0.05, 0},
		{"words met in their own blocks", 600, 300, 3, 20, 20000, 0.1, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(c.events), uint64(c.docs)))
			at := make([]spot, c.events)
			comp := make([]int32, c.events)
			for i := range at {
				at[i].doc = int32(rng.IntN(c.docs))
				if rng.Float64() >= c.unplaced {
					at[i].placed = true
					at[i].day = c.first + rng.Int32N(c.days)
				}
				// Labels as strongComponents gives them: an event's
				// component is named by its least event.
				comp[i] = int32(i)
				if k := rng.IntN(c.comps); k < i && c.comps < c.events {
					comp[i] = comp[k]
				}
				if c.words > 0 {
					// Each word's block is smaller than this one, which
					// leaves the pairs of one word to them.
					at[i].words, at[i].word, at[i].alone = 1, int32(rng.IntN(c.words)), 1
				}
			}
			size := componentSizes(comp)
			block := make([]int32, c.events)
			for i := range block {
				block[i] = int32(i)
			}
			rng.Shuffle(len(block), func(i, j int) { block[i], block[j] = block[j], block[i] })
			var want, got []pairXY
			eachPair(slices.Clone(block), at, func(x, y int32) {
				if comp[x] == comp[y] && size[comp[x]] > 1 {
					want = append(want, pairXY{x, y})
				}
			})
			sc := newWindowScratch(c.events)
			for range 2 { // the scratch is reused
				got = got[:0]
				eachPairWithin(slices.Clone(block), at, comp, size, sc, func(x, y int32) {
					got = append(got, pairXY{x, y})
				})
				if !slices.Equal(got, want) {
					t.Fatalf("eachPairWithin gave %d pairs, eachPair %d within components; first difference at %d",
						len(got), len(want), firstDiff(got, want))
				}
			}
			if c.comps < c.events && len(want) == 0 {
				t.Errorf("no pair within a component: the case tests nothing")
			}
		})
	}
}

func firstDiff[T comparable](a, b []T) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestMarkRepeats checks that with the spots markRepeats marks, the
// blocks' windows still meet every pair they met without (each pass
// keeps what a pair gives once), in fewer visits: a word's events are
// met in its own block, not again in its verb's and its senses' blocks.
// A subject block, which need not hold all of a word's events, may meet
// a pair the word's own block does not reach: its words are not marked.
func TestMarkRepeats(t *testing.T) {
	type pairXY struct{ x, y int32 }
	type corpus struct {
		spots  []spot
		ew     *eventWords
		blocks map[string][]int32
	}
	// visit returns the distinct pairs the blocks meet and the visits.
	visit := func(c corpus) (map[pairXY]bool, int) {
		keys := slices.Sorted(maps.Keys(c.blocks))
		met, visits := map[pairXY]bool{}, 0
		for _, k := range keys {
			eachPair(slices.Clone(c.blocks[k]), c.spots, func(x, y int32) {
				met[pairXY{min(x, y), max(x, y)}] = true
				visits++
			})
		}
		return met, visits
	}
	// random: events of four words, a few told by two, in many
	// documents and days; "death" files under its verb's block too, and
	// "quake" and "tremor" share a sense.
	random := func() corpus {
		rng := rand.New(rand.NewPCG(7, 11))
		names := []string{"quake", "tremor", "death", "die"}
		c := corpus{spots: make([]spot, 900), ew: &eventWords{names: names}, blocks: map[string][]int32{}}
		for i := range c.spots {
			s := &c.spots[i]
			s.doc, s.placed, s.day = int32(rng.IntN(400)), rng.IntN(10) > 0, 20000+rng.Int32N(40)
			if !s.placed {
				s.day = 0
			}
			ws := []int{rng.IntN(len(names))}
			if ws[0] == 3 && rng.IntN(5) == 0 {
				ws = append(ws, 2) // "died" and "death" in one telling
			}
			s.words, s.word = uint8(len(ws)), int32(ws[0])
			c.ew.start = append(c.ew.start, int32(len(c.ew.ids)))
			for _, w := range ws {
				c.ew.ids = append(c.ew.ids, int32(w))
				keys := []string{"w:" + names[w]}
				switch names[w] {
				case "death":
					keys = append(keys, "w:die")
				case "quake", "tremor":
					keys = append(keys, "s:7")
				}
				for _, k := range keys {
					if b := c.blocks[k]; len(b) == 0 || b[len(b)-1] != int32(i) {
						c.blocks[k] = append(b, int32(i))
					}
				}
			}
		}
		c.ew.start = append(c.ew.start, int32(len(c.ew.ids)))
		return c
	}
	// subject: 200 events of one word in as many documents, one day,
	// so that its block's windows do not reach from the first to the
	// last; a subject block holds those two and 300 later events of
	// another word, more than the word's block, and meets them.
	subject := func() corpus {
		c := corpus{spots: make([]spot, 500), ew: &eventWords{names: []string{"quake", "tremor"}}, blocks: map[string][]int32{}}
		for i := range c.spots {
			s := &c.spots[i]
			s.doc, s.placed, s.day, s.words = int32(i), true, 20000, 1
			if i >= 200 {
				s.day, s.word = 30000, 1
			}
			c.ew.start, c.ew.ids = append(c.ew.start, int32(i)), append(c.ew.ids, s.word)
			k := "w:" + c.ew.names[s.word]
			c.blocks[k] = append(c.blocks[k], int32(i))
			if i == 0 || i == 199 || i >= 200 {
				c.blocks["n:1"] = append(c.blocks["n:1"], int32(i))
			}
		}
		c.ew.start = append(c.ew.start, int32(len(c.spots)))
		return c
	}
	for _, tc := range []struct {
		name  string
		make  func() corpus
		fewer bool
	}{
		{"words with verbs and senses", random, true},
		{"a subject block", subject, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.make()
			want, before := visit(c)
			markRepeats(c.spots, c.ew, c.blocks)
			got, after := visit(c)
			if !maps.Equal(got, want) {
				t.Errorf("marked, the blocks meet %d pairs; unmarked, %d", len(got), len(want))
			}
			if tc.fewer && after >= before {
				t.Errorf("marked, the blocks visit %d pairs, unmarked %d: want fewer", after, before)
			}
			t.Logf("%d pairs, %d visits unmarked, %d marked", len(want), before, after)
		})
	}
}
