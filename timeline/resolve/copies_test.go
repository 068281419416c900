package resolve

import (
	"hash/maphash"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// TestCopyIndex checks that a key finds the event of the last telling
// filed under it, never one filed under another key, a colliding hash
// included.
func TestCopyIndex(t *testing.T) {
	told := func(text string) record {
		m := &extract.EventMention{Mention: timeline.Mention{Text: text}}
		return record{m: m, recordWords: &recordWords{kind: "attack"}, hasPub: true, published: 100}
	}
	recs := []record{told("Troops crossed the river."), told("Troops crossed the river."), told("The talks ended.")}
	clusterOf := []int32{0, 1, 2}
	key := func(ri int) copyKey { k, _ := copyOf(&recs[ri]); return k }

	tests := []struct {
		name    string
		collide bool // file the third key under the first one's hash
	}{
		{"distinct hashes", false},
		{"colliding hashes", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newCopyIndex()
			if _, ok := x.get(key(0), recs, clusterOf); ok {
				t.Fatal("an empty index found a key")
			}
			x.set(key(0), 0, recs, clusterOf)
			if tt.collide {
				x.byHash[maphash.Comparable(x.seed, key(2))] = 0
			}
			if ci, ok := x.get(key(1), recs, clusterOf); !ok || ci != 0 {
				t.Errorf("the same words found %d, %v; want 0", ci, ok)
			}
			if _, ok := x.get(key(2), recs, clusterOf); ok {
				t.Errorf("other words found an event before being filed")
			}
			x.set(key(2), 2, recs, clusterOf)
			x.set(key(1), 1, recs, clusterOf) // a later event of the same words
			if ci, ok := x.get(key(2), recs, clusterOf); !ok || ci != 2 {
				t.Errorf("other words found %d, %v; want 2", ci, ok)
			}
			if ci, ok := x.get(key(0), recs, clusterOf); !ok || ci != 1 {
				t.Errorf("the first words found %d, %v; want the later event 1", ci, ok)
			}
		})
	}
}
