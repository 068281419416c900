package extract

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronouns names the person a pronoun stands for as the event's
// participant.
func TestPronouns(t *testing.T) {
	tests := []roleCase{
		{"the one person of the sentence before", "Anna Berg flew to Ostburg on Monday. She resigned on Wednesday.", "resign", timeline.RoleAgent, "anna-berg"},
		{"two people before", "Anna Berg met Carl Dahl on Monday. She resigned on Wednesday.", "resign", timeline.RoleAgent, ""},
		{"earlier in the sentence", "Gus Holm said he would resign.", "resign", timeline.RoleAgent, "gus-holm"},
		{"a possessive", "Carl Dahl left Ostburg. His resignation shocked Norland.", "resignation", timeline.RoleAgent, "carl-dahl"},
		{"nobody named before", "He resigned on Monday.", "resign", timeline.RoleAgent, ""},
		{"the speaker is not the one spoken of", "Carl Dahl was on probation, he said on Monday.", "say", timeline.RoleAgent, ""},
		{"but the one quoted before", "Gus Holm spoke on Monday. Carl Dahl was on probation, he said.", "say", timeline.RoleAgent, "gus-holm"},
		{"nor in a reported clause after the verb", "Asked on Monday, she said Anna Berg had resigned.", "say", timeline.RoleAgent, ""},
		{"a woman who says what she will do is no \"his\"", "Carl Dahl left Ostburg. Anna Berg accepted his resignation and said she would name a successor.", "resignation", timeline.RoleAgent, "carl-dahl"},
		{"a speaker who speaks of an event", "Anna Berg arrived in Ostburg on Monday, and she said the talks had failed.", "say", timeline.RoleAgent, "anna-berg"},
		{"a woman named before over one of no known gender", "Anna Berg said she would resign. Carl Dahl accepted her resignation.", "resignation", timeline.RoleAgent, "anna-berg"},
		{"a sentence opening on \"she\" tells the gender of the one person before", "Gus Holm resigned on Monday. She said she was tired. Later he met the press.", "meet", timeline.RoleAgent, ""},
		{"a possessor is a person told of", "Carl Dahl's side had won only two games. Fans chanted for his dismissal on Monday.", "dismissal", timeline.RolePatient, "carl-dahl"},
		{"a given name's usual gender", "Anna Berg resigned on Monday. Gus Holm accepted her resignation.", "resignation", timeline.RoleAgent, "anna-berg"},
		{"a reflexive of an unnamed subject is no one named before", "Carl Dahl resigned on Monday. The gunman killed himself on Tuesday.", "kill", timeline.RolePatient, ""},
		{"an infinitive's doer is the one urged, in a second infinitive too", "Anna Berg urged Carl Dahl not to resign and to call her.", "call", timeline.RoleAgent, "carl-dahl"},
		{"two sentences back, past one naming no one", "Anna Berg said she would resign. The cabinet met. Carl Dahl accepted her resignation.", "resignation", timeline.RoleAgent, "anna-berg"},
		{"a person described after the one named, in the sentence", "Carl Dahl said the suspect fled as he left the bank on Friday.", "leave", timeline.RoleAgent, ""},
		{"a person described as the subject of the sentence before", "Carl Dahl spoke on Sunday. The suspect fled on foot. He was arrested on Saturday.", "arrest", timeline.RolePatient, ""},
		{"a person described as the subject of the sentence, before the pronoun", "Carl Dahl spoke on Sunday. The suspect, a local man, fled as he left the bank.", "leave", timeline.RoleAgent, ""},
		{"an object pronoun is not its own verb's described subject", "Carl Dahl spoke on Sunday, and the officer thanked him.", "thank", timeline.RolePatient, "carl-dahl"},
		{"a described object does not stand in the way", "Carl Dahl met the suspect and he left on Friday.", "leave", timeline.RoleAgent, "carl-dahl"},
		{"a person inside the subject's apposition does not stand in the way", "Carl Dahl, a critic of Prime Minister Gus Holm, has been missing since he entered the embassy on Tuesday.", "enter", timeline.RoleAgent, "carl-dahl"},
		{"but a person the clause names does", "Carl Dahl told Gus Holm on Monday that he would resign.", "resign", timeline.RoleAgent, ""},
		{"nor one of no known gender over one in the subject's phrase", "Kim Sand, who worked as Gus Holm's deputy, said on Monday that he had forged the invoices.", "forge", timeline.RoleAgent, "gus-holm"},
	}
	runRoleCases(t, tests)
}

// TestReflexiveSummaries says a reflexive object as written, where the
// subject is named already, and keeps a particle after it.
func TestReflexiveSummaries(t *testing.T) {
	for text, want := range map[string]string{
		"The gunman killed himself on Tuesday.":               "The gunman killed himself",
		"Anna Berg met Carl Dahl. Gus Holm defended himself.": "Gus Holm defended himself",
		"Marcus Dell gave himself up to police on Monday.":    "Marcus Dell gave himself up",
	} {
		r := parseText(t, text)
		if !slices.Contains(summaries(r), want) {
			t.Errorf("%q: no summary %q%s", text, want, describe(r))
		}
	}
}

// TestSummaryAndSalienceOfBareEvents keeps a verb that names nobody and
// nothing out of the pictures, and names a possessor once.
func TestSummaryAndSalienceOfBareEvents(t *testing.T) {
	r := parseText(t, "Prices moved sharply on Monday. Carl Dahl's resignation came on Wednesday.")
	for _, e := range r.Events {
		switch e.Trigger {
		case "move":
			if e.Salience >= timeline.DefaultMinSalience && e.Summary == "Moved" {
				t.Errorf("bare %q has salience %.2f", e.Summary, e.Salience)
			}
		case "resignation":
			if e.Summary != "Carl Dahl's resignation" {
				t.Errorf("summary %q, want the possessor named once", e.Summary)
			}
		}
	}
	r = parseText(t, "It moved on Monday.")
	for _, e := range r.Events {
		if e.Trigger == "move" && e.Salience >= timeline.DefaultMinSalience {
			t.Errorf("%q with nobody named has salience %.2f", e.Summary, e.Salience)
		}
	}
}

// roleCase is a sentence, the trigger of one of its events, and the actor
// id that event must give the role (want "" for none).
type roleCase struct{ name, text, trigger, role, want string }

// runRoleCases checks each case's event and role.
func runRoleCases(t *testing.T, tests []roleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			for i := range r.Events {
				if e := &r.Events[i]; e.Trigger == tc.trigger {
					if got := role(e, tc.role); got != tc.want {
						t.Errorf("%s %q, want %q%s", tc.role, got, tc.want, describe(r))
					}
					return
				}
			}
			t.Errorf("no event %q%s", tc.trigger, describe(r))
		})
	}
}
