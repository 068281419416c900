package resolve

import "testing"

// TestWordsAgree: within a family whose kind says what happened any words
// may tell one event, but a speaker's denial and confirmation are two;
// elsewhere the words must be related, or, of a dismissal, both be
// words of its kind.
func TestWordsAgree(t *testing.T) {
	tests := []struct {
		fam, r, c string
		want      bool
	}{
		{"dismissal", "sack", "oust", true},
		{"dismissal", "oust", "fire", true},
		{"dismissal", "oust", "quit", false},
		{famSpeech, "say", "tell", true},
		{famSpeech, "deny", "confirm", false},
		{famSpeech, "admit", "reject", false},
		{famSpeech, "deny", "say", true},
		{famArrest, "detain", "arrest", true},
		{"attack", "rumble", "seize", false},
		{"attack", "attack", "assault", true},
		{"legal", "find guilty", "convict", true}, // an outcome the lexicon does not relate
		{"legal", "find", "convict", false},
		{"disaster", "capsize", "sink", true},
	}
	for _, tt := range tests {
		r := &record{recordWords: &recordWords{trigger: tt.r, kind: tt.fam}}
		c := &cluster{triggers: []string{tt.c}, kind: tt.fam}
		if got := wordsAgree(tt.fam, r, c); got != tt.want {
			t.Errorf("wordsAgree(%s, %s, %s) = %v, want %v", tt.fam, tt.r, tt.c, got, tt.want)
		}
	}
}
