package language

import "testing"

// TestDayBeforeSpeaker: a day closing a reported clause before its
// trailing speaker is the reported verb's, and a noun between commas after
// that verb's object is the object's apposition.
func TestDayBeforeSpeaker(t *testing.T) {
	owner := "Police arrested Ivo Renner, the owner of Northwind Bank, at his home early on Thursday, the agency said."
	founder := "Dutch tax inspectors detained Ivo Renner, the founder of Northwind Capital, at his flat in Ostburg early on Friday, the Fiscal Crime Office said."
	plain := "Police arrested Ivo Renner at his home on Thursday, the agency said."
	both := "The minister resigned on Monday, her office said on Tuesday."
	checkArcs(t, []arcCase{
		{owner, "Thursday", "arrested", "obl", false},
		{founder, "Friday", "detained", "obl", false},
		{founder, "founder", "Ivo", "appos", false},
		{founder, "flat", "detained", "obl", false},
		{founder, "Office", "said", "nsubj", false},
		{plain, "Thursday", "arrested", "obl", false},
		{both, "Monday", "resigned", "obl", false},
		{both, "Tuesday", "said", "obl", false},
		{"Lena Park said on Tuesday that the bank would close.", "Tuesday", "said", "obl", false},
	})
}
