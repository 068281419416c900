package language

import "testing"

// TestParticipleInApposition: a participle closing an apposition is the
// apposition's noun's, and the name before it the sentence's subject.
func TestParticipleInApposition(t *testing.T) {
	officer := "Anna Berg, the former Ostburg police officer convicted of beating a prisoner, was sentenced on Friday to ten years in prison."
	clerk := "Gus Holm, the former bank clerk convicted of stealing from customers, was jailed for six years."
	checkArcs(t, []arcCase{
		{officer, "convicted", "officer", "acl", false},
		{officer, "officer", "Anna", "appos", false},
		{officer, "Anna", "sentenced", "nsubj:pass", false},
		{clerk, "convicted", "clerk", "acl", false},
		{clerk, "Gus", "jailed", "nsubj:pass", false},
		{"Norland, she said, had accepted a ceasefire.", "she", "Norland", "appos", true},
	})
}
