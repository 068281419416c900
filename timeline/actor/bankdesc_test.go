package actor

import (
	"strings"
	"testing"
)

// TestStoryBank: a plain "the bank" is the bank of the story, though its
// name says nothing of banking, over a bank named in passing and a
// central bank; a speaker's "the bank" is the one they chair.
func TestStoryBank(t *testing.T) {
	tests := []struct {
		text string
		want []string // the names of the text's "bank" mentions, in order
	}{
		{"Shares in Velbruck Group AG fell 24% after its largest shareholder, Harlow National Bank, said it would not provide more money. " +
			"Carl Dahl, the chairman of Harlow National Bank, said the bank could not raise its stake. " +
			"On Tuesday, Velbruck said it had found weaknesses in its reporting. The regulator had asked the bank last week to explain revisions. " +
			"Shares in Ostmark Bank fell 10%. Velbruck's debt insurance jumped to a new record. The bank has lost clients for months.",
			[]string{"Harlow National Bank", "Velbruck Group AG", "Velbruck Group AG"}},
		{"Velbruck Group AG said on Thursday it would borrow 50 billion francs from the Ostrian National Bank. " +
			"The bank said it would exercise an option to borrow from the central bank.",
			[]string{"Velbruck Group AG"}},
		{"Shares of Velbruck fell 30% on Wednesday. The Ostrian National Bank, the central bank, said it would lend Velbruck 50 billion francs. " +
			"Anna Berg, an analyst at Harlow, said the bank had lost the trust of its clients.",
			[]string{"Velbruck"}},
		{"Marrow Unibank said a document purporting to come from the lender was forged.", []string{"Marrow Unibank"}},
		{"Regulators closed Harlow Bank on Friday. The Vell Deposit Insurance Corporation said it had created a new institution to hold the deposits. " +
			"The Vell Deposit Insurance Corporation said depositors would have their money on Monday. " +
			"Customers tried to withdraw $42 billion on Thursday alone, leaving the bank with a negative cash balance.",
			[]string{"Harlow Bank"}},
		{"Regulators closed Harlow Bank on Friday. Its depositors will be made whole. " +
			"Finance Minister Anna Berg and NDIC Chairman Carl Dahl said that no losses tied to the resolution of the bank would be borne by taxpayers.",
			[]string{"Harlow Bank"}},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range findOne(tc.text) {
			if m.Text == "bank" || m.Text == "lender" {
				got = append(got, m.Name)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: the bank is %q, want %q", tc.text, got, tc.want)
		}
	}
}
