package lexicon

import (
	"slices"
	"sync"
	"testing"
)

func TestVerbClass(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"say", "communication"},
		{"hit", "contact"},
		{"walk", "motion"},
		{"marry", "social"},
		{"give", "possession"},
		{"change", "change"},
		{"fight", "competition"},
		{"paint", "creation"},
		{"think", "cognition"},
		{"be", "stative"},
		{"see", "perception"},
		{"eat", "consumption"},
		{"shave", "body"},
		{"love", "emotion"},
		{"rain", "weather"},
		{"step down", "social"},
		{"Step_Down", "social"}, // capitals and underscores are folded
		{"meeting", ""},         // a noun only
		{"xyzzy", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := VerbClass(tt.lemma); got != tt.want {
				t.Errorf("VerbClass(%q) = %q, want %q", tt.lemma, got, tt.want)
			}
		})
	}
}

func TestNounClass(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"attack", "act"},
		{"earthquake", "event"},
		{"talks", "communication"},
		{"rain", "phenomenon"},
		{"inflation", "process"},
		{"ceasefire", "state"},
		{"meeting", "group"},
		{"president", "person"},
		{"river", "object"},
		{"paris", "location"},
		{"building", "artifact"},
		{"meet", "event"},
		{"convene", ""},  // a verb only
		{"borassus", ""}, // genus names are left out
		{"xyzzy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := NounClass(tt.lemma); got != tt.want {
				t.Errorf("NounClass(%q) = %q, want %q", tt.lemma, got, tt.want)
			}
		})
	}
}

func TestIsEventNoun(t *testing.T) {
	events := []string{
		"meeting", "talks", "ouster", "verdict", "strike", "summit", "attack",
		"resignation", "election", "trial", "earthquake", "brawl", "protest",
		"ceasefire", "cease-fire", "statement", "announcement", "war", "flood",
		"storm", "inflation", "death", "arrest", "visit", "takeover", "riot",
		"hiring", "sacking", "shelling", // unlisted gerunds of verbs
	}
	others := []string{
		"minister", "ministry", "president", "building", "table", "river",
		"council", "atlanta", "cloud", "energy", "teaching", "news", "heading",
		"attacker", "slayer", "being", "xyzzy", "",
	}
	for _, w := range events {
		t.Run(w, func(t *testing.T) {
			if !IsEventNoun(w) {
				t.Errorf("IsEventNoun(%q) = false, want true", w)
			}
		})
	}
	for _, w := range others {
		t.Run(w, func(t *testing.T) {
			if IsEventNoun(w) {
				t.Errorf("IsEventNoun(%q) = true, want false", w)
			}
		})
	}
}

func TestVerbsNouns(t *testing.T) {
	verbs := []struct {
		noun string
		want []string // must be among Verbs(noun)
	}{
		{"meeting", []string{"meet"}},
		{"resignation", []string{"resign"}},
		{"talks", []string{"talk"}},
		{"ouster", []string{"oust"}},
		{"attack", []string{"attack"}},
		{"election", []string{"elect"}},
		{"hiring", []string{"hire"}},
		{"dying", []string{"die"}},
		{"stopping", []string{"stop"}},
	}
	for _, tt := range verbs {
		t.Run("verbs/"+tt.noun, func(t *testing.T) {
			got := Verbs(tt.noun)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Verbs(%q) = %q, want it to contain %q", tt.noun, got, w)
				}
			}
		})
	}
	nouns := []struct {
		verb string
		want []string
	}{
		{"meet", []string{"meeting"}},
		{"resign", []string{"resignation"}},
		{"attack", []string{"attack", "attacker"}},
		{"indict", []string{"indictment"}},
		{"assassinate", []string{"assassination"}},
	}
	for _, tt := range nouns {
		t.Run("nouns/"+tt.verb, func(t *testing.T) {
			got := Nouns(tt.verb)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Nouns(%q) = %q, want it to contain %q", tt.verb, got, w)
				}
			}
		})
	}
	if got := Verbs("xyzzy"); got != nil {
		t.Errorf("Verbs(unknown) = %q, want nil", got)
	}
	if got := Verbs("earthquake"); len(got) != 0 {
		t.Errorf("Verbs(earthquake) = %q, want none", got)
	}
}

func TestRelated(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"attack", "assault", true},       // share assail.v.01
		{"attack", "strike", true},        // a strike (n.02) is an attack
		{"kill", "murder", true},          // murder.v.01 is a kind of kill.v.01
		{"assassinate", "kill", true},     // two steps up
		{"killing", "murder", true},       // murder < homicide < killing
		{"quake", "earthquake", true},     // one synset
		{"tremor", "earthquake", true},    // a small earthquake
		{"meet", "meeting", true},         // derivation
		{"resign", "resignation", true},   // derivation
		{"talks", "negotiate", true},      // talks is a negotiation, derived from negotiate
		{"talks", "talk", true},           // the plural's verb
		{"say", "state", true},            // state.v.01 is say's first sense
		{"hiring", "hire", true},          // unlisted gerund
		{"Shelling", "bombardment", true}, // folded gerund
		{"shelling", "bombardment", true},
		{"ceasefire", "truce", true}, // the closed-up spelling shares cease-fire's synset
		{"attack", "attack", true},
		{"attack", "visit", false},
		{"meeting", "earthquake", false},
		{"resign", "appoint", false},
		{"die", "arrive", false},
		{"xyzzy", "attack", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			if got := Related(tt.a, tt.b); got != tt.want {
				t.Errorf("Related(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := Related(tt.b, tt.a); got != tt.want {
				t.Errorf("Related(%q, %q) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestKind(t *testing.T) {
	tests := []struct {
		lemma string
		noun  bool
		want  string
	}{
		// Words on no list: the kind comes from the hypernym chain.
		{"assassinate", false, "death"},  // murder > kill
		{"convene", false, "meeting"},    // meet.v.07
		{"rebuff", false, "rejection"},   // reject > refuse
		{"tremor", true, "disaster"},     // a small earthquake
		{"indict", false, "legal"},       // an anchor of its own, before accuse
		{"depose", false, "dismissal"},   // oust
		{"behead", false, "death"},       // kill
		{"shell", false, "attack"},       // bombard > attack
		{"hurricane", true, "disaster"},  // cyclone > windstorm > storm
		{"massacre", true, "death"},      // killing
		{"sentencing", true, "legal"},    // due process
		{"walkout", true, "protest"},     // strike > job action > protest
		{"detain", false, "arrest"},      // confine.v.05
		{"referendum", true, "election"}, // a vote
		{"ratify", false, "agreement"},   // approve > accept
		{"layoff", true, "dismissal"},    // derivation
		{"abduct", false, "attack"},      // kidnap.v.01
		{"kidnapping", true, "attack"},   // derivation
		// The anchors' own words.
		{"meet", false, "meeting"},
		{"meeting", true, "meeting"},
		{"talks", true, "meeting"},
		{"summit", true, "meeting"},
		{"telephone", false, "call"},
		{"call", false, "call"},
		{"say", false, "statement"},
		{"announce", false, "announcement"},
		{"agree", false, "agreement"},
		{"ceasefire", true, "agreement"},
		{"reject", false, "rejection"},
		{"propose", false, "proposal"},
		{"demand", false, "demand"},
		{"appoint", false, "appointment"},
		{"nominate", false, "appointment"},
		{"oust", false, "dismissal"},
		{"ouster", true, "dismissal"},
		{"resign", false, "resignation"},
		{"step down", false, "resignation"},
		{"resignation", true, "resignation"},
		{"hire", false, "hiring"},
		{"hiring", true, "hiring"},
		{"attack", false, "attack"},
		{"attack", true, "attack"},
		{"accuse", false, "accusation"},
		{"warn", false, "warning"},
		{"visit", false, "visit"},
		{"sue", false, "legal"},
		{"convict", false, "legal"},
		{"trial", true, "legal"},
		{"verdict", true, "legal"},
		{"arrest", false, "arrest"},
		{"buy", false, "transaction"},
		{"sell", false, "transaction"},
		{"pay", false, "transaction"},
		{"elect", false, "election"},
		{"vote", false, "election"},
		{"kill", false, "death"},
		{"die", false, "death"},
		{"earthquake", true, "disaster"},
		{"flood", true, "disaster"},
		{"protest", false, "protest"},
		{"demonstrate", false, "protest"},
		{"travel", false, "movement"},
		{"arrive", false, "movement"},
		{"leave", false, "movement"},
		// The class fallback, the other part of speech, and nothing.
		{"whisper", false, "statement"},
		{"earthquake", false, "disaster"},
		{"marry", false, Other},
		{"table", true, Other},
		{"xyzzy", false, Other},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := Kind(tt.lemma, tt.noun); got != tt.want {
				t.Errorf("Kind(%q, %v) = %q, want %q", tt.lemma, tt.noun, got, tt.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		lemma string
		noun  bool
		want  []string
	}{
		{"fire", false, []string{"attack", "dismissal"}},
		{"dismiss", false, []string{"rejection", "dismissal"}},
		{"meet", false, []string{"meeting"}},
		{"marry", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.lemma, func(t *testing.T) {
			if got := Kinds(tt.lemma, tt.noun); !slices.Equal(got, tt.want) {
				t.Errorf("Kinds(%q, %v) = %q, want %q", tt.lemma, tt.noun, got, tt.want)
			}
		})
	}
}

// TestKindsAreKnown checks every kind in the data against the documented
// list, so a typo in the generator's anchors cannot reach the extractor.
func TestKindsAreKnown(t *testing.T) {
	known := []string{
		"meeting", "call", "statement", "announcement", "agreement", "rejection",
		"proposal", "demand", "appointment", "dismissal", "resignation", "hiring",
		"attack", "accusation", "warning", "visit", "legal", "arrest",
		"transaction", "election", "disaster", "protest", "death", "movement",
	}
	l := lex()
	for _, ks := range l.kindLists {
		for _, k := range ks {
			if !slices.Contains(known, k) {
				t.Errorf("kind %q is not documented", k)
			}
		}
	}
	if n := len(l.entries); n < 100000 {
		t.Errorf("%d entries, want the whole of WordNet's nouns and verbs", n)
	}
}

// TestSharedSlices checks that a caller appending to a result cannot
// overwrite the next entry's list.
func TestSharedSlices(t *testing.T) {
	v := Nouns("meet")
	_ = append(v, "clobbered")
	if slices.Contains(Nouns("meet"), "clobbered") || cap(v) != len(v) {
		t.Errorf("Nouns result has spare capacity: len %d cap %d", len(v), cap(v))
	}
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				if !Related("quake", "earthquake") || Kind("convene", false) != "meeting" {
					t.Error("wrong answer under concurrency")
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestZeroAllocs(t *testing.T) {
	lex() // load outside the measurement
	n := testing.AllocsPerRun(100, func() {
		VerbClass("Step_Down")
		NounClass("earthquake")
		IsEventNoun("hiring")
		Verbs("stopping")
		Nouns("meet")
		Kind("assassinate", false)
		Kinds("fire", false)
		Related("attack", "strike")
		Related("hiring", "hire")
	})
	if n != 0 {
		t.Errorf("lookups allocate %v times, want 0", n)
	}
}

func TestSenses(t *testing.T) {
	tests := []struct {
		a, b  string
		share bool
	}{
		{"quake", "earthquake", true},
		{"capture", "seize", false}, // related only through a hypernym, as Related finds
		{"strike", "hit", true},
		{"meet", "earthquake", false},
		{"unknownword", "meet", false},
	}
	for _, tc := range tests {
		a, b := Senses(tc.a), Senses(tc.b)
		shared := false
		for _, x := range a {
			shared = shared || slices.Contains(b, x)
		}
		if shared != tc.share {
			t.Errorf("%s and %s share a sense: %v, want %v", tc.a, tc.b, shared, tc.share)
		}
		if shared && !Related(tc.a, tc.b) {
			t.Errorf("%s and %s share a sense but are not Related", tc.a, tc.b)
		}
	}
}
