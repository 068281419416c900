package extract

import (
	"strings"
	"testing"
)

// A person named after a comma is the object's apposition only when no
// verb follows: "…, Holm said" names the speaker, not the one acted on.
func TestAppositionIsNoSpeaker(t *testing.T) {
	tests := []struct{ name, text, kind, want string }{
		{"passive, then the speaker", "The driver was fired last week, Holm said.", KindDismissal, ""},
		{"active, then the speaker", "Berg attacked the convoy, Holm said.", KindAttack, "agent:anna-berg"},
		{"a true apposition", "Berg moved to sideline her envoy, Eva Falk, a veteran.", KindDismissal, "agent:anna-berg,patient:eva-falk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			for _, e := range r.Events {
				if e.Kind != tt.kind {
					continue
				}
				if got := strings.TrimSpace(actorsOf(e)); got != tt.want {
					t.Errorf("actors %q, want %q%s", got, tt.want, describe(r))
				}
				return
			}
			if tt.want != "" {
				t.Errorf("no %s event%s", tt.kind, describe(r))
			}
		})
	}
}

// A name ending in a plural noun is an event's or a prize's, which the
// actor finder may take for a person's: hosting it is no meeting.
func TestPluralName(t *testing.T) {
	for name, want := range map[string]bool{
		"Tony Awards": true, "Olympic Games": true, "Academy Awards": true,
		"Anna Berg": false, "Carl Dahl": false, "Gus Holm": false, "James Rhodes": false, "Oscar": false,
	} {
		if got := pluralName(name); got != want {
			t.Errorf("pluralName(%q) = %v, want %v", name, got, want)
		}
	}
}

// The possessor of a dismissal or an appointment is the one dismissed or
// appointed: "his dismissal" is not something he did.
func TestPossessorOfDismissal(t *testing.T) {
	tests := []struct{ text, kind, want, summary string }{
		{"The club told Carl Dahl of his dismissal on Monday.", KindDismissal, "patient:carl-dahl", "Dismissal of Carl Dahl"},
		{"Norland welcomed Falk's appointment on Monday.", KindAppointment, "patient:eva-falk", "Appointment of Eva Falk"},
		{"Holm's attack on Westhaven failed.", KindAttack, "agent:gus-holm,patient:westhaven,patient:norland", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := extractText(t, tt.text)
			e := find(t, r, tt.kind)
			if got := actorsOf(e); got != tt.want {
				t.Errorf("actors %q, want %q%s", got, tt.want, describe(r))
			}
			if tt.summary != "" && e.Summary != tt.summary {
				t.Errorf("summary %q, want %q", e.Summary, tt.summary)
			}
		})
	}
}
