package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDescriptions: a description with no name ending in its noun ("the
// company", "the club", "the regulator") is the most salient body before
// it of the type its noun says, and one written beside a name only
// describes that name.
func TestDescriptions(t *testing.T) {
	tests := []struct{ text, want string }{
		// The subject before is the company, not the body named last.
		{"Halvorsen Group offered 4 billion euros for Meridian Foods. The company said the offer was fair.",
			"Halvorsen Group=halvorsen-group Meridian Foods=meridian-foods company=halvorsen-group"},
		// An association is no club.
		{"Ashbury Rovers missed their payments. The Footballers' Association said it would help. It was in contact with the club.",
			"Ashbury Rovers=ashbury-rovers Footballers' Association=footballers-association club=ashbury-rovers"},
		// A regulator is a public body, whoever was named last.
		{"The Competition Authority opened a review. Halvorsen Group raised its offer. The regulator said it would decide.",
			"Competition Authority=competition-authority Halvorsen Group=halvorsen-group regulator=competition-authority"},
		// A lender is a bank, though the company is the subject.
		{"Halvorsen Group took a loan from Ostrand Bank. The lender said it was confident.",
			"Halvorsen Group=halvorsen-group Ostrand Bank=ostrand-bank lender=ostrand-bank"},
		// Beside a name, a class noun only describes it.
		{"Carrow Capital, an investment firm, said it would lend. The firm said so again.",
			"Carrow Capital=carrow-capital firm=carrow-capital"},
		{"Workers struck against the rail operator Nordrail. The operator said it would run fewer trains.",
			"Workers=workers Nordrail=nordrail operator=nordrail"},
		// A description that says something is the subject of its clause.
		{"Meridian Foods rejected the offer from Halvorsen Group, the company said.",
			"Meridian Foods=meridian-foods Halvorsen Group=halvorsen-group company=meridian-foods"},
		// A bank brought in as the company's unit is no newcomer "the
		// firm" stands for.
		{"Varnex AG filed for insolvency on Thursday. The company said it had applied to the court. Varnex Bank, its banking unit, is not part of the filing. The firm owes creditors 3 billion euros.",
			"Varnex AG=varnex company=varnex Varnex Bank=varnex-bank firm=varnex"},
		// The lede's body outweighs one named in passing since.
		{"Varnex AG filed for insolvency on Thursday. Its shares fell 80% in Frankfurt. Traders said the fall was the sharpest in years. A customer, Norvo Logistics, moved its payments elsewhere on Monday. Analysts expect other clients to follow. The company owes creditors 3.5 billion euros.",
			"Varnex AG=varnex Frankfurt=frankfurt Norvo Logistics=norvo-logistics company=varnex"},
		// A lede's name of no kind gains nothing: the carmaker is the
		// company named right before.
		{"DoorDash cut 1,200 jobs on Sunday. The company said the cuts were final. Shares of Norvex fell on Monday after Norvex said it would recall 40,000 cars. The carmaker said no injuries had been reported.",
			"DoorDash=doordash company=doordash Norvex=norvex Norvex=norvex carmaker=norvex"},
		// An officer speaking of "the company" means the body served.
		{"Norvex Corp sued Ostrand Bank on Monday. Carl Dahl, the chairman of Halvorsen Group, said the company would appeal.",
			"Norvex Corp=norvex Ostrand Bank=ostrand-bank Carl Dahl=carl-dahl Halvorsen Group=(halvorsen-group) company=halvorsen-group"},
		{"Orvane Labs fired its chief executive on Friday. Orvane Labs said the board had lost confidence in him. Anna Berg, Kestrel Corp's chief executive, said that the company remained committed to its partner.",
			"Orvane Labs=orvane-labs Orvane Labs=orvane-labs Anna Berg=anna-berg Kestrel Corp=(kestrel) chief executive=(anna-berg) company=kestrel"},
		// A trust is not the hospital it runs.
		{"St Aldric's Hospital closed two wards. The trust said so.", "St Aldric's Hospital=st-aldrics-hospital"},
		// Capitals nothing spells are no body to stand for.
		{"Williams was arrested for DUI on Sunday. The team said it was aware.", ""},
		// A ship is no company.
		{"Pirates seized the MV Aurora. The company said the crew were safe.", "MV Aurora=mv-aurora"},
		// A ministry is that of the minister the document names.
		{"Transport Minister Luc Garnier urged talks. The ministry said it would appoint a mediator.",
			"Luc Garnier=luc-garnier ministry=transport-ministry"},
		{"Transport Minister Luc Garnier and Health Minister Ana Vell met. The ministry said so.",
			"Luc Garnier=luc-garnier Ana Vell=ana-vell"},
		// A bank is "the bank": "the company" is the firm beside it.
		{"Prosecutors charged a former executive of Orvane Corp. on Monday. Kessel Bank, which lent to Orvane, declined to comment. The company's former finance chief, Mara Lind, pleaded not guilty.",
			"Prosecutors=prosecutors Orvane Corp=orvane Kessel Bank=kessel-bank Orvane=orvane company=(orvane) Mara Lind=mara-lind"},
		{"Orvane Corp. took a loan from Kessel Bank. Kessel Bank said it was confident. The bank said so again.",
			"Orvane Corp=orvane Kessel Bank=kessel-bank Kessel Bank=kessel-bank bank=kessel-bank"},
		// An arena, a college or a newspaper is no team or company.
		{"The Bobcats lost at the Tessel Center on Friday. The team said the coach would stay.", "Tessel Center=tessel-center"},
		{"Halvorsen was hired by Kelburn College of Medicine. The team said he would start soon.", "Kelburn College of Medicine=kelburn-college-of-medicine"},
		{"The Dovrik Herald reported the sale first. The company said the price was fair.", "Dovrik Herald=dovrik-herald"},
		// A name headed before "of" has the type of its head.
		{"Marrow Bank of Tessaly cut its rates. The lender said it was confident.", "Marrow Bank of Tessaly=marrow-bank-of-tessaly lender=marrow-bank-of-tessaly"},
		// An armed service is no company.
		{"Petrovia Oil said the well was shut. The Norland Coast Guard said the search would go on. The company said it would pay.",
			"Petrovia Oil=petrovia-oil Norland Coast Guard=norland-coast-guard company=petrovia-oil"},
		// A body named only in a person's role describes the person: it
		// is no newcomer, and the body named as one is the company.
		{"Carl Dahl offered to buy Norvex Inc. for $4 billion. Dahl, the chief executive of Tarlon, said he would pay in cash. The company said it would review the offer.",
			"Carl Dahl=carl-dahl Norvex Inc=norvex Dahl=carl-dahl Tarlon=(tarlon) company=norvex"},
		{"Carl Dahl offered to buy Norvex Inc. for $4 billion. Dahl, the head of the carmaker Tarlon, said he would pay in cash. The company said it would review the offer.",
			"Carl Dahl=carl-dahl Norvex Inc=norvex Dahl=carl-dahl Tarlon=(tarlon) company=norvex"},
		{"Carl Dahl offered to buy Norvex Inc. for $4 billion. The offer was a surprise. Dahl, the chief executive of Tarlon and Skyforge, said he believed in the plan. He said the company needed to change.",
			"Carl Dahl=carl-dahl Norvex Inc=norvex Dahl=carl-dahl Tarlon=(tarlon) company=norvex"},
		// Nothing of the type before: no one.
		{"The Health Ministry said it would act. The regulator said nothing.", "Health Ministry=health-ministry"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDescribedBodyAcrossDocuments: a body one document names by common
// nouns alone is the one body another names in full with those words.
func TestDescribedBodyAcrossDocuments(t *testing.T) {
	tests := []struct {
		docs []string
		want string // the last document's mentions
	}{
		{[]string{"The UK Health Security Agency said the risk was low.", "The health agency said the cases were linked."},
			"health agency=uk-health-security-agency"},
		{[]string{"The UK Health Security Agency and the Norvian Health Protection Agency met.", "The health agency said the cases were linked."},
			"health agency=health-agency"},
		{[]string{"The Competition Authority opened a review.", "The tax authority filed a petition."}, "tax authority=tax-authority"},
	}
	for _, tc := range tests {
		t.Run(tc.docs[len(tc.docs)-1], func(t *testing.T) { checkLastDoc(t, tc.docs, tc.want) })
	}
}

func TestFieldModifiedShortNames(t *testing.T) {
	g := NewFinder().g
	for _, name := range []string{"", " ", "agency"} {
		if fieldModified(g, name) {
			t.Errorf("fieldModified(%q) = true, want false", name)
		}
	}
}
