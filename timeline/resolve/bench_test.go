package resolve

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/internal/cputime"
)

// synthetic returns n event mentions telling about n/4 events over ten
// years, by n/8 documents, with actors drawn from a skewed pool (a few
// actors are in many events, as presidents are), dates told to the day,
// the week, the month or not at all, and roles sometimes swapped.
func synthetic(n int) []extract.Result {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	kinds := []string{"meeting", "call", "statement", "demand", "attack", "agreement", "talks", "warning"}
	pool := max(100, n/20)
	zipf := rand.NewZipf(rng, 1.2, 1, uint64(pool-1))
	actorID := make([]string, pool)
	for i := range actorID {
		actorID[i] = fmt.Sprintf("actor-%d", i)
	}
	places := make([]string, 200)
	for i := range places {
		places[i] = fmt.Sprintf("Place %d", i)
	}
	docs := max(1, n/8)
	rs := make([]extract.Result, docs)
	for i := range rs {
		rs[i].Doc = fmt.Sprintf("doc-%07d", i)
	}
	epoch := timeline.NewDate(2015, 1, 1)
	for made := 0; made < n; {
		kind := kinds[rng.IntN(len(kinds))]
		a, p := int(zipf.Uint64()), rng.IntN(pool)
		day := epoch.AddDays(rng.IntN(3650))
		status := timeline.Occurred
		if rng.IntN(10) == 0 {
			status = timeline.Expected
		}
		place := []string(nil)
		if rng.IntN(2) == 0 {
			place = []string{places[rng.IntN(len(places))]}
		}
		forward := []timeline.Participant{{ID: actorID[a], Role: timeline.RoleAgent}, {ID: actorID[p], Role: timeline.RoleParticipant}}
		swapped := []timeline.Participant{{ID: actorID[p], Role: timeline.RoleAgent}, {ID: actorID[a], Role: timeline.RoleParticipant}}
		for range 1 + rng.IntN(7) {
			if made == n {
				break
			}
			d := &rs[rng.IntN(docs)]
			actors := forward
			if rng.IntN(5) == 0 {
				actors = swapped
			}
			d.Events = append(d.Events, extract.EventMention{
				Kind: kind, Trigger: kind, Status: status, Actors: actors, Places: place,
				Summary: kind, When: syntheticWhen(rng, day, d.Doc),
				Mention: timeline.Mention{Doc: d.Doc, Start: 100 * len(d.Events), End: 100*len(d.Events) + 80},
			})
			made++
		}
	}
	return rs
}

func syntheticWhen(rng *rand.Rand, day timeline.Date, doc string) *timeline.When {
	switch r := rng.IntN(20); {
	case r < 12:
		return &timeline.When{Start: day, End: day, Granularity: timeline.Day, Doc: doc}
	case r < 17:
		monday := day.AddDays(-((int(day.Weekday()) + 6) % 7))
		return &timeline.When{Start: monday, End: monday.AddDays(6), Granularity: timeline.Week, Doc: doc}
	case r < 19:
		first := timeline.NewDate(day.Year, day.Month, 1)
		return &timeline.When{Start: first, End: timeline.NewDate(day.Year, day.Month+1, 0), Granularity: timeline.Month, Doc: doc}
	}
	return nil
}

// BenchmarkMerge shows the cost per mention staying nearly flat from 10k
// to 1M mentions: blocking keeps merging at O(n log n).
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		rs := synthetic(n)
		b.Run(fmt.Sprintf("mentions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			events := 0
			cpu := cputime.Used()
			for b.Loop() {
				evs, _ := Merge(rs)
				events = len(evs)
			}
			cpu = cputime.Used() - cpu
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/mention")
			b.ReportMetric(float64(events), "events")
		})
	}
}

// BenchmarkMergeArchive is BenchmarkMerge for an archive: documents with
// terms and no publication dates, so that the second pass also weighs
// every document against its neighbours (nearCosines).
func BenchmarkMergeArchive(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		rs := synthetic(n)
		rng := rand.New(rand.NewPCG(uint64(n), 11))
		o := Options{DocTerms: map[string][]string{}}
		for i := range rs {
			terms := make([]string, 0, 40)
			for range 40 {
				terms = append(terms, fmt.Sprintf("term-%d", rng.IntN(max(1000, n/10))))
			}
			o.DocTerms[rs[i].Doc] = terms
		}
		b.Run(fmt.Sprintf("mentions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				o.Merge(rs)
			}
			cpu = cputime.Used() - cpu
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/mention")
		})
	}
}
