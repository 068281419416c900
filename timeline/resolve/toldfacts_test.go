package resolve

import (
	"testing"
	"unsafe"
)

// TestToldFactsSize checks the size of the facts every event holds
// through the second pass, at the merge's peak: what few events' tellings
// give lies apart (rareFacts), and an event without it reads as having
// none.
func TestToldFactsSize(t *testing.T) {
	if got, want := unsafe.Sizeof(toldFacts{}), uintptr(48); got != want {
		t.Errorf("toldFacts: %d bytes, want %d", got, want)
	}
	var plain toldFacts
	if plain.phase() != "" || plain.unsaid() != nil || plain.nth() != nil {
		t.Errorf("facts without rare ones: phase %q, unsaid %v, nth %v, want none", plain.phase(), plain.unsaid(), plain.nth())
	}
	s := &said{n: 1}
	rare := toldFacts{rare: &rareFacts{phase: "talks", unsaid: s, nth: []nthTold{{noun: "leak", ordLo: 4, ordHi: 4}}}}
	if rare.phase() != "talks" || rare.unsaid() != s || len(rare.nth()) != 1 {
		t.Errorf("rare facts read back as phase %q, unsaid %v, nth %v", rare.phase(), rare.unsaid(), rare.nth())
	}
}
