package actor

import "testing"

// TestAcronyms: a word in capitals is the body of the story whose
// initials it spells, in its own document or another, and nothing when
// no body does.
func TestAcronyms(t *testing.T) {
	tests := []struct {
		docs []string
		want string // the last document's mentions
	}{
		{[]string{"The Care Quality Commission said it would inspect. The CQC said staff were helping."},
			"Care Quality Commission=care-quality-commission CQC=care-quality-commission"},
		{[]string{"The UK Health Security Agency said the risk was low.", "The UKHSA said the cases were linked."},
			"UKHSA=uk-health-security-agency"},
		{[]string{"The XYZ said so on Monday."}, ""},
		// Dotted initials spell the body as the bare capitals do, in its
		// own document and in another; a person's two initials are none.
		{[]string{"The Norvian Coastal Protection Agency fined the firm. The cars emitted 40 times the level allowed, the N.C.P.A. said."},
			"Norvian Coastal Protection Agency=norvian-coastal-protection-agency N.C.P.A.=norvian-coastal-protection-agency"},
		{[]string{"The Norvian Coastal Protection Agency fined the firm.", "The N.C.P.A. said the cars were unsafe."},
			"N.C.P.A.=norvian-coastal-protection-agency"},
		// Initials set off by a description of a body are the body's.
		{[]string{"Silicon Valley Bank collapsed on Friday.", "The collapse of SVB, a key player in the tech world, worried investors."},
			"SVB=silicon-valley-bank"},
		{[]string{"The Federal Union of National Drivers called a strike. Its STRIKE FUND RAN OUT."}, "Federal Union of National Drivers=federal-union-of-national-drivers"},
		{[]string{"LEEDS, England, June 2 - Parliament voted."}, "England=united-kingdom Parliament=parliament"},
		{[]string{"Regulators handed the bank to the U.S. Federal Deposit Insurance Corporation. The FDIC said deposits were safe."},
			"Regulators=regulators U.S. Federal Deposit Insurance Corporation=us-federal-deposit-insurance-corporation FDIC=us-federal-deposit-insurance-corporation"},
		{[]string{"The U.S. Federal Deposit Insurance Corporation took over the bank.", "The FDIC said deposits were safe."},
			"FDIC=us-federal-deposit-insurance-corporation"},
		// Initials bracketed after a body are its own, whatever language
		// they spell, in that article and the next.
		{[]string{"Deputies of the Free Democrats (FDP) walked out.", "The FDP wants an inquiry."},
			"FDP=free-democrats"},
		// So is a short name in brackets written in both cases, and one
		// a body is "known as", which the next article uses alone.
		{[]string{"The Norvian Markets Authority (NoMa) said it was examining the matter."},
			"Norvian Markets Authority=norvian-markets-authority NoMa=norvian-markets-authority"},
		{[]string{"The central bank and the Norvian Markets Authority, known as VEMA, met on Sunday.", "VEMA said it would fine the bank."},
			"VEMA=norvian-markets-authority"},
		// Initials joined to a named body are a body of their own; a
		// person's word in capitals is no body.
		{[]string{"The Liberal Democrats and the SNP called for an election."},
			"Liberal Democrats=liberal-democrats SNP=snp"},
		{[]string{"The CEO and Vell Bank agreed."}, "Vell Bank=vell-bank"},
		// Each capitalised part of a hyphenated word gives its initial.
		{[]string{"The Kelby Anti-Fraud Office opened a case on Monday.", "The KAFO said the case was serious."},
			"KAFO=kelby-anti-fraud-office"},
	}
	for _, tc := range tests {
		t.Run(tc.docs[len(tc.docs)-1], func(t *testing.T) { checkLastDoc(t, tc.docs, tc.want) })
	}
}

func TestAcronymOf(t *testing.T) {
	for name, want := range map[string]string{"UK Health Security Agency": "UKHSA", "Northgate Hospitals NHS Trust": "NHNHST",
		"Professional Footballers' Association": "PFA", "Bank of England": "BE", "Meridian": "", "World Anti-Doping Agency": "WADA"} {
		if got := acronym(name); got != want {
			t.Errorf("acronym(%q) = %q, want %q", name, got, want)
		}
	}
}
