package resolve

import (
	"testing"
)

// TestDocVectorsYears: in an archive, two documents that tell events of
// different years tell different stories however alike their words (two
// quakes of one island, years apart); in a stream the days already tell
// them apart, and the years add nothing.
func TestDocVectorsYears(t *testing.T) {
	tests := []struct {
		name    string
		archive bool
		whenA   string
		whenB   string
		alike   bool // the cosine is that of the words alone
	}{
		{"archive, the same year", true, "2005-11-27", "2005-11-28", true},
		{"archive, different years", true, "2005-11-27", "2008-09-10", false},
		{"archive, spans across years say no year", true, "2005-12-29..2006-01-04/week", "2008-12-29..2009-01-04/week", true},
		{"stream, different years", false, "2005-11-27", "2008-09-10", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []m{
				{doc: "a", at: 1, kind: "earthquake", actors: "t:islanders", places: "Qeshm"},
				{doc: "a", at: 20, kind: "aftershock", when: tt.whenA},
				{doc: "b", at: 1, kind: "earthquake", actors: "t:islanders", places: "Qeshm"},
				{doc: "b", at: 20, kind: "aftershock", when: tt.whenB},
				{doc: "c", at: 1, kind: "flood", actors: "t:farmers", places: "Delta"},
			}
			terms := map[string][]string{"a": {"quake", "island"}, "b": {"quake", "island"}, "c": {"flood", "river"}}
			f := newFlattener(nil)
			recs := f.flatten(results(t, in))
			docs := docVectors(f, recs, terms, tt.archive)
			a, b := f.docs.id("a"), f.docs.id("b")
			cos := cosine(docs[a], docs[b])
			if got := cos > 0.999; got != tt.alike {
				t.Errorf("cosine of a and b = %.3f; want alike only by words: %v", cos, tt.alike)
			}
		})
	}
}
