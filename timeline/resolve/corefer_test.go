package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCorefer merges tellings that name nobody, or no date, by their words
// and by how alike their documents are.
func TestCorefer(t *testing.T) {
	quake := "earthquake coast magnitude town rubble rescuer"
	story := map[string]string{"a": quake + " Portvale ferry", "b": quake + " Portvale mayor", "c": "earthquake desert village drought highland Tamsk 1998", "d": quake + " Portvale harbour", "e": quake + " Portvale pier"}
	day := timeline.NewDate(2025, 3, 10)
	tests := []struct {
		name      string
		in        []m
		published map[string]timeline.Date
		want      [][]string
	}{
		{"the same word in one story is one event",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "b", at: 1, kind: "earthquake"}},
			nil, [][]string{{"a@1", "b@1"}}},
		{"the same word in another story is another event",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "c", at: 1, kind: "earthquake"}},
			nil, [][]string{{"a@1"}, {"c@1"}}},
		{"in a stream, what happened and what is expected stay apart",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "b", at: 1, kind: "earthquake", status: timeline.Expected}},
			map[string]timeline.Date{"a": day, "b": day, "c": day, "d": day, "e": day}, [][]string{{"a@1"}, {"b@1"}}},
		{"in an archive, one story's event told as to come and as done is one",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "b", at: 1, kind: "earthquake", status: timeline.Expected}},
			nil, [][]string{{"a@1", "b@1"}}},
		{"in an archive, another story's event to come stays apart",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "c", at: 1, kind: "earthquake", status: timeline.Expected}},
			nil, [][]string{{"a@1"}, {"c@1"}}},
		{"different places stay apart",
			[]m{{doc: "a", at: 1, kind: "earthquake", places: "Portvale"}, {doc: "b", at: 1, kind: "earthquake", places: "Dunmore"}},
			nil, [][]string{{"a@1"}, {"b@1"}}},
		{"in an archive, one telling's other place does not keep it from three that agree",
			[]m{{doc: "a", at: 1, kind: "earthquake", places: "Portvale"}, {doc: "b", at: 1, kind: "earthquake"}, {doc: "d", at: 1, kind: "earthquake", places: "Port Vale"}, {doc: "e", at: 1, kind: "earthquake"}},
			nil, [][]string{{"a@1", "b@1", "d@1", "e@1"}}},
		{"in a stream, one telling's other place keeps it apart",
			[]m{{doc: "a", at: 1, kind: "earthquake", places: "Portvale"}, {doc: "b", at: 1, kind: "earthquake"}, {doc: "d", at: 1, kind: "earthquake", places: "Port Vale"}, {doc: "e", at: 1, kind: "earthquake"}},
			map[string]timeline.Date{"a": day, "b": day, "d": day, "e": day}, [][]string{{"a@1", "b@1", "e@1"}, {"d@1"}}},
		{"different days stay apart",
			[]m{{doc: "a", at: 1, kind: "earthquake", when: "2025-03-10"}, {doc: "b", at: 1, kind: "earthquake", when: "2025-03-12"}},
			nil, [][]string{{"a@1"}, {"b@1"}}},
		{"the next day is another day",
			[]m{{doc: "a", at: 1, kind: "restore", when: "2025-03-10"}, {doc: "b", at: 1, kind: "restore", when: "2025-03-11"}},
			map[string]timeline.Date{"a": day, "b": day.AddDays(2)}, [][]string{{"a@1"}, {"b@1"}}},
		{"the day after a vague week may be its end",
			[]m{{doc: "a", at: 1, kind: "restore", when: "2025-03-03..2025-03-09/week"}, {doc: "b", at: 1, kind: "restore", when: "2025-03-10"}},
			map[string]timeline.Date{"a": day, "b": day}, [][]string{{"a@1", "b@1"}}},
		{"in an archive, a saying whose speaker is not named joins a speaker's by its documents",
			[]m{{doc: "a", at: 1, kind: "statement", actors: "a:mayor"}, {doc: "b", at: 1, kind: "statement"}},
			nil, [][]string{{"a@1", "b@1"}}},
		{"in an archive, two speakers' sayings stay apart",
			[]m{{doc: "a", at: 1, kind: "statement", actors: "a:mayor"}, {doc: "b", at: 1, kind: "statement", actors: "a:governor"}},
			nil, [][]string{{"a@1"}, {"b@1"}}},
		{"in a stream, a saying whose speaker is not named stays apart from a speaker's",
			[]m{{doc: "a", at: 1, kind: "statement", actors: "a:mayor"}, {doc: "b", at: 1, kind: "statement"}},
			map[string]timeline.Date{"a": day, "b": day, "c": day, "d": day, "e": day}, [][]string{{"a@1"}, {"b@1"}}},
		{"in an archive, one speaker's undated sayings merge by their documents",
			[]m{{doc: "a", at: 1, kind: "statement", actors: "a:mayor"}, {doc: "b", at: 1, kind: "statement", actors: "a:mayor"}},
			nil, [][]string{{"a@1", "b@1"}}},
		{"in an archive, agents named differently do not keep undated tellings apart",
			[]m{{doc: "a", at: 1, kind: "arrest", actors: "a:police"}, {doc: "b", at: 1, kind: "arrest", actors: "a:officers"}},
			nil, [][]string{{"a@1", "b@1"}}},
		{"in a stream, one speaker's sayings without a publication date stay apart",
			[]m{{doc: "a", at: 1, kind: "statement", actors: "a:mayor"}, {doc: "b", at: 1, kind: "statement", actors: "a:mayor"}},
			map[string]timeline.Date{"a": day, "c": day, "d": day, "e": day}, [][]string{{"a@1"}, {"b@1"}}},
		{"undated tellings published a month apart stay apart",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "b", at: 1, kind: "earthquake"}},
			map[string]timeline.Date{"a": day, "b": day.AddDays(30)}, [][]string{{"a@1"}, {"b@1"}}},
		{"undated tellings published the same week merge",
			[]m{{doc: "a", at: 1, kind: "earthquake"}, {doc: "b", at: 1, kind: "earthquake"}},
			map[string]timeline.Date{"a": day, "b": day.AddDays(2)}, [][]string{{"a@1", "b@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: tt.published, DocTerms: map[string][]string{}}
			for doc, words := range story {
				opt.DocTerms[doc] = strings.Fields(words)
			}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestArchive tells a collection of undated articles from a stream.
func TestArchive(t *testing.T) {
	day := timeline.NewDate(2025, 3, 10)
	terms := map[string][]string{"a": {"x"}, "b": {"y"}, "c": {"z"}}
	tests := []struct {
		name string
		o    Options
		want bool
	}{
		{"no terms, no dates", Options{}, false},
		{"terms, no dates", Options{DocTerms: terms}, true},
		{"terms, one date in three", Options{DocTerms: terms, Published: map[string]timeline.Date{"a": day}}, true},
		{"terms, two dates in three", Options{DocTerms: terms, Published: map[string]timeline.Date{"a": day, "b": day}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.archive(); got != tt.want {
				t.Errorf("archive() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAgglomerateDoesNotChain checks average link: a chain of close pairs
// whose ends disagree does not become one cluster.
func TestAgglomerateDoesNotChain(t *testing.T) {
	tests := []struct {
		name  string
		edges []edge
		want  []int32
	}{
		{"a close pair", []edge{{0, 1, 1}}, []int32{0, 0, 2}},
		{"a chain whose ends cannot link", []edge{{0, 1, 1}, {1, 2, 0.9}, {0, 2, cannotLink}}, []int32{0, 0, 2}},
		{"a chain with no pair between its ends", []edge{{0, 1, 1}, {1, 2, 1}}, []int32{0, 0, 2}},
		{"a triangle", []edge{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}, []int32{0, 0, 0}},
		{"below the threshold", []edge{{0, 2, 0.5}}, []int32{0, 1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agglomerate(3, tt.edges, 0.75); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBlockWindowCountsDocuments checks that one document's many tellings
// of a word do not fill the window: the first of them still meets the
// next document's.
func TestBlockWindowCountsDocuments(t *testing.T) {
	tests := []struct {
		name    string
		many    int // tellings in the first document
		wantHit bool
	}{
		{"a few tellings", 3, true},
		{"more tellings than the window", corefWindow + 10, true},
		{"more tellings than the scan", corefScan + 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := new(clusterList)
			for i := range tt.many + 1 {
				doc := int32(0)
				if i == tt.many {
					doc = 1
				}
				cs.add(cluster{kind: "earthquake", triggers: []string{"earthquake"}, docs: []int32{doc}})
			}
			one := docVector{feat: []int32{0}, w: []float64{1}}
			ps := &pairScorer{docs: []docVector{one, one}, w: DefaultWeights(), archive: true}
			block := make([]int32, cs.len())
			for i := range block {
				block[i] = int32(i)
			}
			hit := false
			for _, e := range blockEdges(nil, block, cs, ps) {
				hit = hit || e.a == 0 && e.b == int32(tt.many)
			}
			if hit != tt.wantHit {
				t.Errorf("first telling meets the other document's: %v, want %v", hit, tt.wantHit)
			}
		})
	}
}

func TestMergeEdges(t *testing.T) {
	e := func(a, b int32) edge { return edge{a: a, b: b, sim: float64(a + b)} }
	for _, tt := range []struct {
		name       string
		x, y, want []edge
	}{
		{"empty", nil, nil, []edge{}},
		{"one side", []edge{e(0, 1)}, nil, []edge{e(0, 1)}},
		{"interleaved", []edge{e(0, 1), e(2, 3)}, []edge{e(0, 2), e(3, 4)}, []edge{e(0, 1), e(0, 2), e(2, 3), e(3, 4)}},
		{"a pair in both kept once", []edge{e(0, 1), e(1, 2)}, []edge{e(1, 2), e(2, 5)}, []edge{e(0, 1), e(1, 2), e(2, 5)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := mergeEdges(tt.x, tt.y); !slices.Equal(got, tt.want) {
				t.Errorf("mergeEdges = %v, want %v", got, tt.want)
			}
		})
	}
}

// sortEdges orders as the comparison sort does, for short and long runs,
// with duplicates kept in their order.
func TestSortEdges(t *testing.T) {
	for _, size := range []int{0, 1, 5, 255, 256, 5000} {
		for _, n := range []int{2, 50, 3000, 1 << 22} {
			edges := make([]edge, size)
			x := uint32(size*31 + n)
			for i := range edges {
				x = x*1664525 + 1013904223
				a, b := int32(x%uint32(n)), int32((x>>7)%uint32(n))
				edges[i] = edge{a: min(a, b), b: max(a, b), sim: float64(i)}
			}
			want := slices.Clone(edges)
			slices.SortStableFunc(want, compareEdges)
			sortEdges(edges, n)
			if !slices.Equal(edges, want) {
				t.Errorf("%d edges of %d items: not the stable order", size, n)
			}
		}
	}
}

func BenchmarkSortEdges(b *testing.B) {
	const n, size = 120000, 1300000
	edges := make([]edge, size)
	x := uint32(1)
	for i := range edges {
		x = x*1664525 + 1013904223
		a, c := int32(x%n), int32((x>>7)%n)
		edges[i] = edge{a: min(a, c), b: max(a, c)}
	}
	work := make([]edge, size)
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(work, edges)
			sortEdges(work, n)
		}
	})
	b.Run("comparison", func(b *testing.B) {
		for b.Loop() {
			copy(work, edges)
			slices.SortFunc(work, compareEdges)
		}
	})
}
