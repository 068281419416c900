package resolve

import "testing"

func TestKindsCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"call", "call", true},
		{"meeting", "talks", true},
		{"visit", "meeting", true},
		{"statement", "demand", true},
		{"announcement", "statement", true},
		{"demand", "warning", false},
		{"call", "meeting", false},
		{"attack", "attack", true},
		{"attack", "agreement", false},
		{"statement", "attack", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"~"+tt.b, func(t *testing.T) {
			fa, fb := familyOf(tt.a, ""), familyOf(tt.b, "")
			got := fa == fb && kindsCompatible(fa, tt.a, tt.b)
			if got != tt.want {
				t.Errorf("compatible(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
	t.Run("other kinds need the same trigger", func(t *testing.T) {
		if familyOf("other", "sanction") == familyOf("other", "evacuate") {
			t.Errorf("two other events with different triggers share a family")
		}
	})
}

// Actor lists are sorted, as records and clusters keep them.
func TestActorFit(t *testing.T) {
	const (
		trump, putin, zelensky, witkoff, kyiv, odesa = 1, 2, 3, 4, 5, 6
	)
	// kyiv and odesa name places.
	place := placeActors{kyiv: true, odesa: true}
	tests := []struct {
		name           string
		fam            string
		a, aAg, b, bAg []int32
		want           fit
	}{
		{"same pair, roles swapped", famCall, []int32{trump, putin}, []int32{trump}, []int32{trump, putin}, []int32{putin}, strongFit},
		{"agent alone", famCall, []int32{trump, putin}, []int32{trump}, []int32{trump}, []int32{trump}, weakFit},
		{"the same two agents, different targets", "arrest", []int32{trump, putin, zelensky}, []int32{trump, putin}, []int32{trump, putin, witkoff}, []int32{trump, putin}, noFit},
		{"the same two agents, a target in common", "arrest", []int32{trump, putin, zelensky}, []int32{trump, putin}, []int32{trump, putin, zelensky, witkoff}, []int32{trump, putin}, weakFit},
		{"the same two agents, a place and someone as targets", "agreement", []int32{trump, putin, zelensky}, []int32{trump, putin}, []int32{trump, putin, kyiv}, []int32{trump, putin}, weakFit},
		{"the same two agents, two places as targets", "attack", []int32{trump, putin, kyiv}, []int32{trump, putin}, []int32{trump, putin, odesa}, []int32{trump, putin}, noFit},
		{"the same two agents, a place beside another target", "attack", []int32{trump, putin, zelensky, kyiv}, []int32{trump, putin}, []int32{trump, putin, witkoff}, []int32{trump, putin}, noFit},
		{"the same two agents, a target on one side only", "attack", []int32{trump, putin, zelensky}, []int32{trump, putin}, []int32{trump, putin}, []int32{trump, putin}, weakFit},
		{"two shared of three", famMeeting, []int32{trump, putin, witkoff}, []int32{trump}, []int32{trump, putin, zelensky}, []int32{trump}, weakFit},
		{"one shared, others differ", famCall, []int32{trump, putin}, []int32{trump}, []int32{trump, zelensky}, []int32{trump}, noFit},
		{"one shared patient, no agent", "attack", []int32{putin, zelensky}, []int32{putin}, []int32{zelensky}, nil, noFit},
		{"one arrested, no one arresting", "arrest", []int32{putin, zelensky}, []int32{putin}, []int32{zelensky}, nil, weakFit},
		{"one arrested, arrested by two others", "arrest", []int32{putin, zelensky}, []int32{putin}, []int32{zelensky, witkoff}, []int32{witkoff}, noFit},
		{"one charged, no one charging", "legal", []int32{putin, zelensky}, []int32{putin}, []int32{zelensky}, nil, weakFit},
		{"symmetric: a lone participant", famMeeting, []int32{putin, witkoff}, []int32{witkoff}, []int32{putin}, nil, weakFit},
		{"speech: same speaker, more named", famSpeech, []int32{trump, putin}, []int32{trump}, []int32{trump}, []int32{trump}, strongFit},
		{"speech: two speakers", famSpeech, []int32{trump}, []int32{trump}, []int32{putin}, []int32{putin}, noFit},
		{"speech: no speaker", famSpeech, []int32{trump}, nil, []int32{trump}, []int32{trump}, noFit},
		{"nobody on one side", famCall, nil, nil, []int32{trump}, []int32{trump}, noFit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actorFit(tt.fam, tt.a, tt.aAg, tt.b, tt.bAg, place); got != tt.want {
				t.Errorf("actorFit = %d, want %d", got, tt.want)
			}
			if got := actorFit(tt.fam, tt.b, tt.bAg, tt.a, tt.aAg, place); got != tt.want {
				t.Errorf("actorFit swapped = %d, want %d", got, tt.want)
			}
		})
	}
}
