package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestApposedName: a person named beside a phrase that describes them
// is the one who acts, and the summary names them.
func TestApposedName(t *testing.T) {
	tests := []struct {
		name, text, trigger, role, want, summary string
	}{
		{"one picked out of a plural", "The last of the climbers, Gus Holm, was winched to safety on Tuesday.",
			"winch", timeline.RolePatient, "gus-holm", "Gus Holm was winched"},
		{"a singular head before of", "The leader of the climbers, Anna Berg, reached the surface on Monday.",
			"reach", timeline.RoleAgent, "anna-berg", "Anna Berg reached the surface"},
		{"a description opening the sentence", "The son of Sudlish farmers, Carl Dahl studied law in Ostburg.",
			"study", timeline.RoleAgent, "carl-dahl", "Carl Dahl studied law"},
		{"and the verb joined to its own", "The son of Sudlish farmers, Carl Dahl trained as a lawyer and later joined the army.",
			"join", timeline.RoleAgent, "carl-dahl", "Carl Dahl joined the army"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventBy(t, r, tc.trigger)
			if got := role(&e, tc.role); got != tc.want {
				t.Errorf("%s %q, want %q%s", tc.role, got, tc.want, describe(r))
			}
			if !strings.HasPrefix(e.Summary, tc.summary) {
				t.Errorf("summary %q, want it to start %q", e.Summary, tc.summary)
			}
		})
	}
}

// TestApposedDescription: the deeds of a description set after a name
// ("Gus Holm, the former police officer convicted of …") are the named
// one's, even when a body is named inside the description.
func TestApposedDescription(t *testing.T) {
	bodies := []who{{text: "police", id: "police", kind: timeline.Organization}, {text: "Nordline", id: "nordline", kind: timeline.Organization}}
	tests := []struct {
		name, text, trigger, role, want, summary string
	}{
		{"a participle of the description", "Gus Holm, the former police officer convicted of beating Carl Dahl, was sentenced on Monday.",
			"convict", timeline.RolePatient, "gus-holm", "Gus Holm"},
		{"its clause's own verb", "Gus Holm, the former police officer convicted of beating Carl Dahl, was sentenced on Monday.",
			"beat", timeline.RoleAgent, "gus-holm", "Gus Holm"},
		{"after a list, whose last name it may be", "The board includes Carl Dahl and Gus Holm, the only member of the old board to remain.",
			"remain", timeline.RoleAgent, "", ""},
		{"a body's description", "Nordline, the Sudlish police contractor accused of fraud, denied the charges on Monday.",
			"accuse", timeline.RolePatient, "nordline", "Nordline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextCast(t, tc.text, bodies, nil)
			e := eventBy(t, r, tc.trigger)
			if got := role(&e, tc.role); got != tc.want {
				t.Errorf("%s %q, want %q%s", tc.role, got, tc.want, describe(r))
			}
			if !strings.HasPrefix(e.Summary, tc.summary) {
				t.Errorf("summary %q, want it to start %q%s", e.Summary, tc.summary, describe(r))
			}
		})
	}
}
