package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestHostageTaking checks that taking or holding someone hostage is one
// act of violence done to them, and that an exchange of fire is one too.
func TestHostageTaking(t *testing.T) {
	tests := []struct {
		text, lemma, kind, summary string
	}{
		{"An armed man took nine people hostage at a bank in Ostburg on Wednesday.", "take hostage", KindAttack, "An armed man took nine people hostage"},
		{"Rebels took Gus Holm hostage near Riverton on Wednesday.", "take hostage", KindAttack, "Rebels took Gus Holm hostage"},
		{"Gunmen held three journalists hostage for a week.", "hold hostage", KindAttack, "Gunmen held three journalists hostage"},
		// The article of the counted victims goes with them (captiveComplement).
		{"The gunmen took a dozen staff hostage at a bank in Ostburg on Wednesday.", "take hostage", KindAttack, "The gunmen took a dozen staff hostage"},
		{"Officers exchanged fire with the gunman on Wednesday.", "exchange fire", KindAttack, "Officers exchanged fire with the gunman"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			e := eventBy(t, r, tc.lemma)
			if e.Kind != tc.kind || !strings.HasPrefix(e.Summary, tc.summary) {
				t.Errorf("%s: %s %q, want %s %q%s", tc.lemma, e.Kind, e.Summary, tc.kind, tc.summary, describe(r))
			}
			for _, o := range r.Events {
				if o.Trigger == "fire" || o.Trigger == "hostage" {
					t.Errorf("%q is an event of its own%s", o.Trigger, describe(r))
				}
			}
		})
	}
}

// TestConjunctAfterAside checks that a verb joined after a speaker's
// aside is done by the subject of the clause the aside interrupts, not
// by the speaker, whether or not the speaker is an actor.
func TestConjunctAfterAside(t *testing.T) {
	const text = "An armed man took nine people hostage at a bank in Ostburg on Wednesday, police said, and demanded a helicopter."
	for _, people := range [][]who{nil, {{text: "police", id: "police", kind: timeline.Group}}} {
		r := parseTextCast(t, text, people, nil)
		if e := eventBy(t, r, "demand"); !strings.HasPrefix(e.Summary, "An armed man demanded") || agent(e) != "" {
			t.Errorf("demand: %q by %q, want the armed man's%s", e.Summary, agent(e), describe(r))
		}
	}
}
