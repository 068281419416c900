package tagger

import "testing"

func TestWNClass(t *testing.T) {
	tests := []struct {
		word string
		want uint64
	}{
		{"pixel", wnSeen | wnNoun},
		{"pixels", wnSeen | wnNounInflected},
		{"cooked", wnSeen | wnVerbInflected},
		{"bottled", wnSeen | wnVerbInflected},
		{"carried", wnSeen | wnVerbInflected},
		{"foley", wnSeen},
		{"go", wnSeen}, // too short to tell
	}
	for _, tc := range tests {
		if got := wnClass([]byte(tc.word)); got&tc.want != tc.want || tc.want == wnSeen && got != wnSeen {
			t.Errorf("wnClass(%q) = %b, want at least %b", tc.word, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { wnClass([]byte("unbottled")) }); n != 0 {
		t.Errorf("wnClass allocates %v times", n)
	}
}
