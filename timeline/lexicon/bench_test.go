package lexicon

import "testing"

var sink bool

func BenchmarkKind(b *testing.B) {
	lex()
	b.ReportAllocs()
	for b.Loop() {
		sink = Kind("assassinate", false) == "death"
	}
}

func BenchmarkIsEventNoun(b *testing.B) {
	lex()
	b.ReportAllocs()
	for b.Loop() {
		sink = IsEventNoun("resignation")
	}
}

func BenchmarkRelated(b *testing.B) {
	lex()
	b.ReportAllocs()
	for b.Loop() {
		sink = Related("attack", "strike")
	}
}

func BenchmarkRelatedFolded(b *testing.B) {
	lex()
	b.ReportAllocs()
	for b.Loop() {
		sink = Related("Shelling", "bombardment") // case folding and the gerund path
	}
}

// BenchmarkLoad is the one-time cost of the first lookup.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(data); err != nil {
			b.Fatal(err)
		}
	}
}
