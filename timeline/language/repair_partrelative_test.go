package language

import "testing"

// TestPartRelative: a part of "whom" or "which" after a comma is the
// subject of a relative clause on the noun it is a part of; a part of
// something else, or no part, is left as it was.
func TestPartRelative(t *testing.T) {
	const (
		pulled = "Divers pulled two people from the water, one of whom was taken to hospital."
		lake   = "Rescuers pulled seven people from the lake, three of whom were flown to hospital."
		ferry  = "The ferry carried 40 passengers, all of whom were accounted for."
		plants = "Northwind Bank owns four plants, two of which will close next year."
		buried = "The victims, two of whom were children, were buried on Monday."
		thank  = "Lena Park thanked the volunteers, many of whom had worked through the night."
		held   = "Police arrested 12 people on Sunday, three of whom were later released."
	)
	checkArcs(t, []arcCase{
		{pulled, "taken", "people", "acl:relcl", false},
		{pulled, "one", "taken", "nsubj:pass", false},
		{lake, "flown", "people", "acl:relcl", false},
		{lake, "three", "flown", "nsubj:pass", false},
		{ferry, "accounted", "passengers", "acl:relcl", false},
		{plants, "close", "plants", "acl:relcl", false},
		{plants, "two", "close", "nsubj", false},
		{buried, "children", "victims", "acl:relcl", false},
		{buried, "buried", "", "root", false},
		{thank, "worked", "volunteers", "acl:relcl", false},
		{thank, "many", "worked", "nsubj", false},
		{held, "released", "people", "acl:relcl", false},
		{held, "three", "released", "nsubj:pass", false},
		// Not a part of the pronoun: the clause keeps its own subject.
		{"Anna Berg met two of the ministers, who later resigned.", "resigned", "ministers", "acl:relcl", false},
		{"Two of the bridges, which were built in 1960, were closed on Monday.", "closed", "", "root", false},
	})
}
