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
		{"withdrew", wnSeen | wnVerbInflected}, // an irregular past, which morphy reads only through its exceptions
		{"overthrown", wnSeen | wnVerbInflected},
		{"foley", wnSeen},
		{"go", wnSeen}, // too short to tell
	}
	for _, tc := range tests {
		if got := wnClass([]byte(tc.word)); got&tc.want != tc.want || tc.want == wnSeen && got != wnSeen {
			t.Errorf("wnClass(%q) = %b, want at least %b", tc.word, got, tc.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { wnClass([]byte("unbottled")); wnClass([]byte("withdrew")) }); n != 0 {
		t.Errorf("wnClass allocates %v times", n)
	}
}

// TestWordNetLemma checks a suffix rule's lemma against WordNet.
func TestWordNetLemma(t *testing.T) {
	tests := []struct {
		word    string
		rule    rule
		upos    string
		want    string
		changed bool
	}{
		{"chaired", rule{strip: 1}, "VERB", "chair", true},       // the rule gives "chaire"
		{"raided", rule{strip: 1}, "VERB", "raid", true},         // "raide"
		{"convened", rule{strip: 2}, "VERB", "convene", true},    // "conven"
		{"housed", rule{strip: 1}, "VERB", "", false},            // "house" is right
		{"carried", rule{strip: 3, add: "y"}, "VERB", "", false}, // "carry" is right
		{"pixels", rule{strip: 2}, "NOUN", "pixel", true},        // "pixe"
		{"chaired", rule{strip: 1}, "ADJ", "", false},            // only nouns and verbs
		{"zorbled", rule{strip: 1}, "VERB", "", false},           // WordNet knows no form
		{"patrolled", rule{strip: 2}, "VERB", "patrol", true},    // "patroll": a doubled consonant
		{"patrolling", rule{strip: 3}, "VERB", "patrol", true},   // "patroll"
		{"panicked", rule{strip: 2}, "VERB", "panic", true},      // "panick"
		{"fizzled", rule{strip: 1}, "VERB", "", false},           // "fizzle" is right
		{"fined", rule{strip: 2}, "VERB", "fine", true},          // "fin" would be "finned"
		{"hoped", rule{strip: 2}, "VERB", "hope", true},          // "hop" would be "hopped"
		{"dining", rule{strip: 3}, "VERB", "dine", true},         // "din"
		{"opened", rule{strip: 2}, "VERB", "", false},            // two syllables: "open" is right
		{"rained", rule{strip: 2}, "VERB", "", false},            // a long vowel: "rain" is right
		{"fixed", rule{strip: 2}, "VERB", "", false},             // x never doubles
		{"gripped", rule{strip: 3}, "VERB", "", false},           // doubled: "grip" is right
	}
	for _, tc := range tests {
		got, ok := wordNetLemma([]byte(tc.word), tc.rule, tc.upos)
		if ok != tc.changed || got != tc.want {
			t.Errorf("wordNetLemma(%q, %+v, %s) = %q, %v; want %q, %v", tc.word, tc.rule, tc.upos, got, ok, tc.want, tc.changed)
		}
	}
}
