package lexicon

import "testing"

// TestLemmaIndex checks that the index finds every lemma of the
// lexicon, as a string and as bytes, the later of two equal lemmas, and
// no lemma it does not hold.
func TestLemmaIndex(t *testing.T) {
	l := lex()
	for i, n := range l.names {
		if got, ok := l.index.get(n); !ok || l.names[got] != n {
			t.Fatalf("get(%q) = %d, %v: want entry %d", n, got, ok, i)
		}
		if got, ok := l.index.getBytes([]byte(n)); !ok || l.names[got] != n {
			t.Fatalf("getBytes(%q) = %d, %v: want entry %d", n, got, ok, i)
		}
	}
	for _, w := range []string{"", "Meet", "meet_up", "zzzq", "kill "} {
		if got, ok := l.index.get(w); ok {
			t.Errorf("get(%q) = %d, want none", w, got)
		}
	}
	x := newLemmaIndex([]string{"talk", "meet", "talk"})
	if got, ok := x.get("talk"); !ok || got != 2 {
		t.Errorf("two entries of talk: get = %d, %v, want the later (2)", got, ok)
	}
	var empty lemmaIndex
	if _, ok := empty.get("talk"); ok {
		t.Errorf("an empty index found talk")
	}
	if n := len(l.index.slots); n > 4*len(l.names) {
		t.Errorf("%d slots for %d lemmas, want at most four a lemma", n, len(l.names))
	}
}
