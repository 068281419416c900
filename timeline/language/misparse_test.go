package language

import "testing"

// misparsed holds the arcs of test sentences that the committed models
// (those `go run ./timeline/language/train` makes) get wrong and no repair
// mends yet: known faults, by sentence and word, logged rather than failed.
// Each must leave the list once a repair or a retrain mends it: a listed
// arc that comes out right fails its test (knownMisparse).
var misparsed = map[[2]string]bool{
	{"The strike ended a month later, sparing the festival and its sponsor, Norcom, a costly delay.", "delay"}:                                           true,
	{"The storm grounded rescue helicopters for most of Monday, officials said, and cut power to thousands of homes.", "cut"}:                            true,
	{"The crew will need hours later in the week.", "hours"}:                                                                                             true,
	{"Lund, who was the bank's chairman, faces a separate trial on the same charges, scheduled to start next month.", "scheduled"}:                       true,
	{"The mayor urged people to stay away from the seafront until the second storm had passed.", "storm"}:                                                true,
	{"The mayor urged people to stay away from the seafront until the second storm had passed.", "until"}:                                                true,
	{"The bank failed after its depositors — mostly technology workers and venture capital-backed companies — hurried to withdraw money.", "depositors"}: true,
	{"The bank failed after its depositors — mostly technology workers and venture capital-backed companies — hurried to withdraw money.", "hurried"}:    true,
	{"One engineer, who left Norcom last year and worked at a start-up in Leeds, said staff had expected cuts.", "engineer"}:                             true,
	{"Another option that has been discussed lately - asking the court to block the rules through the Emergency Powers Act - carries risks.", "Act"}:     true,
	{"Anna Holt, whose firm was hired to audit the accounts, told reporters the figures were wrong.", "Anna"}:                                            true,
	{"Anna Holt, whose firm was hired to audit the accounts, told reporters the figures were wrong.", "hired"}:                                           true,
	{"In a statement read on state television, a spokesman for the junta, Col. Maj. Amadou Abdramane, said there was a threat.", "spokesman"}:            true,
	{"A woman crossing a street to attend a service Friday was struck by a driver.", "Friday"}:                                                           true,
}

// knownMisparse reports whether the arc of word in text is a listed fault
// (and logs it, or fails the test when the arc is now right).
func knownMisparse(t *testing.T, text, word string, right bool) bool {
	t.Helper()
	if !misparsed[[2]string{text, word}] {
		return false
	}
	if right {
		t.Errorf("%s: %q now parses right: take it off misparsed", text, word)
	} else {
		t.Logf("known misparse (misparsed): %s: %q", text, word)
	}
	return true
}
