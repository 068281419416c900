package actor

import "testing"

// TestTitleBeforeBody: a title word before a run with an organisation's
// word inside names a body, not a person ("Major League Baseball"); a
// medical examiner is a title.
func TestTitleBeforeBody(t *testing.T) {
	checkPersons(t, []personCase{
		{"The deal with Major League Baseball was signed on Monday.", "League Baseball", false},
		{"Chief Medical Examiner Ivo Dane said the man died of wounds.", "Medical Examiner Ivo Dane", false},
		{"Chief Medical Examiner Ivo Dane said the man died of wounds.", "Ivo Dane", true},
	})
}
