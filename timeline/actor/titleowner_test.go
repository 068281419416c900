package actor

import "testing"

// TestTitleOwnsName: a title with a possessive ending owns the name after
// it, which is no person's; without it the title marks the person.
func TestTitleOwnsName(t *testing.T) {
	checkPersons(t, []personCase{
		{"At his first Prime Minister's Questions on Wednesday, he faced the opposition.", "Questions", false},
		{"The Governor's Cup was played on Sunday.", "Cup", false},
		{"The Chairman's Trophy went to Kelby.", "Trophy", false},
		{"Prime Minister Ansel Vark faced the opposition.", "Ansel Vark", true},
	})
}
