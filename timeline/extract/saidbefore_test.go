package extract

import "testing"

// What a speaker said before the verb is what the statement says: a
// summary that stops at "Holm said" tells a reader nothing.
func TestSaidBefore(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"speaker after a comma", "Police used a Taser to subdue the driver, Holm said.",
			"Gus Holm said police used a Taser to subdue the driver"},
		{"inverted speaker", "The plan is dead, said Carl Dahl.",
			"Carl Dahl said the plan is dead"},
		{"inverted speaker with apposition", "The plan is dead, said Carl Dahl, the Sudlish envoy.",
			"Carl Dahl said the plan is dead"},
		{"speaker with apposition", "The talks collapsed late at night, Dahl, the Sudlish envoy, said.",
			"Carl Dahl said the talks collapsed late at night"},
		{"a quotation keeps its marks", "Holm waited. “We will not yield to anyone,” he said.",
			"Gus Holm said: “We will not yield to anyone”"},
		{"a name keeps its capital", "Sudland will sign the treaty, Holm said.",
			"Gus Holm said Sudland will sign the treaty"},
		{"a name of two words keeps its capital, whatever its first word means", "Jan Horvat will be nominated as finance minister, Holm said.",
			"Gus Holm said Jan Horvat will be nominated as finance minister"},
		{"how it was said is not what", "Holm said in a joint statement.", "Gus Holm said"},
		{"to whom it was said is not what", "Holm told a news conference.", "Gus Holm said"},
		{"nor is to whom and when", "“We will not yield,” Holm told a news conference on Tuesday in Ostburg.", "Gus Holm said: “We will not yield”"},
		{"said in a statement that", "Holm said in a joint statement that the talks failed.",
			"Gus Holm said the talks failed"},
		{"what follows the verb comes first", "After the vote, Holm said the talks failed.",
			"Gus Holm said the talks failed"},
		{"nothing before", "Holm said.", "Gus Holm said"},
		{"said in the middle", "After two hours, Holm said, the driver gave up.", "Gus Holm said the driver gave up"},
		{"said, however, that", "Holm said, however, that the talks failed.", "Gus Holm said the talks failed"},
		{"a clause of its own", "Norland did not disclose the terms, and Holm declined to comment.", "Gus Holm did not comment"},
		{"said, but", "The driver was fired last week, Holm said, but he was still on the payroll.", "Gus Holm said the driver was fired"},
		{"the speaker is not the one spoken of", "Holm arrived on Monday. Dahl was on probation, he said.", "Gus Holm said Carl Dahl was on probation"},
		{"a setting, then what was said", "When the clerk tried to stop him, the driver hit her, Holm said.", "Gus Holm said the driver hit her"},
		{"a gerund subject", "Bringing in an actor from abroad is a risk worth taking, Holm said.", "Gus Holm said bringing in an actor from abroad is a risk worth taking"},
		{"in a statement, then a colon", "Holm said in a joint statement: “We are thrilled to have won.”", "Gus Holm said: “We are thrilled to have won”"},
		{"a quotation after the verb keeps its marks", "Holm said: “We will not yield.”", "Gus Holm said: “We will not yield”"},
		{"said on social media", "The plan is dead, Holm said on social media.", "Gus Holm said the plan is dead"},
		{"said at least", "Holm said at least ten people were hurt.", "Gus Holm said at least ten people were hurt"},
		{"told someone a clause", "Holm told Dahl he thought the gun was a toy.", "Gus Holm told Carl Dahl he thought the gun was a toy"},
		{"a scene is not what was said", "Reached by telephone, Holm declined to comment.", "Gus Holm did not comment"},
		{"what a comment is on", "Holm declined to comment on the deal.", "Gus Holm did not comment on the deal"},
		{"a quotation after a comma", "Holm said, “We will not yield.”", "Gus Holm said: “We will not yield”"},
		{"the speaker's own clause", "Holm rejected the plan, stating:", "Gus Holm stated"},
		{"I keeps its capital", "I am not going to resign, Holm said.", "Gus Holm said I am not going to resign"},
		{"a measured time after the saying is when, not what", "The plan is dead, Holm said on Monday, a week after the talks failed.", "Gus Holm said the plan is dead"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			e := find(t, r, KindStatement)
			if e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}

// A passive accusation says of what: "was accused" alone tells nothing.
func TestAccusedOfWhat(t *testing.T) {
	r := extractText(t, "Holm, who was fired last week, is accused of attacking Carl Dahl.")
	if e := find(t, r, KindAccusation); e.Summary != "Gus Holm was accused of attacking Carl Dahl" {
		t.Errorf("summary %q%s", e.Summary, describe(r))
	}
}
