package extract

import "testing"

// TestCollocationForms checks that a verb's collocation is one event
// whether told actively, in the passive or by the verb's noun, so that
// merging sees one predicate; its noun is no event of its own.
func TestCollocationForms(t *testing.T) {
	for _, text := range []string{
		"Controllers lost contact with the submersible in Ostburg on Sunday.",
		"Contact was lost with the submersible on Sunday, Anna Berg said.",
		"The loss of contact with the submersible on Sunday alarmed Anna Berg.",
		"Fire was opened on the crowd in Ostburg on Monday.",
		"Anna Berg said the navy had detected a signal consistent with a blast on Sunday, shortly after the submersible lost contact, and had told the captain.",
	} {
		t.Run(text, func(t *testing.T) {
			r := parseText(t, text)
			found := false
			for _, e := range r.Events {
				switch e.Trigger {
				case "lose contact", "open fire":
					found = true
					if e.Kind != KindOther && e.Trigger == "lose contact" {
						t.Errorf("lose contact is %s, want other%s", e.Kind, describe(r))
					}
				case "contact", "lose", "loss", "fire", "open":
					t.Errorf("event %q beside the collocation%s", e.Trigger, describe(r))
				}
			}
			if !found {
				t.Errorf("no collocation event%s", describe(r))
			}
		})
	}
}
