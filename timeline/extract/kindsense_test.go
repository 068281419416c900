package extract

import "testing"

// TestSenseKind: a verb whose filed sense is motion, demand, appointment
// or agreement is read by its arguments; the filed sense stays where the
// arguments fit it.
func TestSenseKind(t *testing.T) {
	tests := []struct{ text, lemma, kind string }{
		{"Ivo Renner would lead the talks on Monday.", "lead", KindOther},
		{"An inquiry led by Lena Park will begin hearings next month.", "lead", KindOther},
		{"Guides led the hikers to safety on Monday.", "lead", "movement"},
		{"Ivo Renner stole money from the hospital he ran.", "run", KindOther},
		{"The suspect ran from the police on Monday.", "run", "movement"},
		{"A grocer said it might run out of fruit by the weekend.", "run", KindOther},
		{"The suspect ran out of the building on Monday.", "run", "movement"},
		{"Anna Berg said she expected the trial to last three weeks.", "expect", KindOther},
		{"Anna Berg expected the ministers to resign on Monday.", "expect", KindDemand},
		{"Ivo Renner did not name the supplier on Monday.", "name", KindStatement},
		{"Northwind Bank named a new chief executive on Monday.", "name", KindAppointment},
		{"She stole from the people who trusted her.", "trust", KindOther},
		{"Engineers noticed unusual traffic on a server on Monday.", "notice", KindOther},
		{"Ivo Renner took money from a fund meant for patients.", "mean", KindOther},
		{"The firm widened the recall, bringing the total to 390,000.", "bring", KindOther},
		{"Rescuers brought the survivors to Ostburg on Monday.", "bring", "movement"},
		{"Engineers traced the fault to a supplier on Monday.", "trace", KindOther},
		{"Engineers traced the fault to a supplier on Monday.", "fault", KindOther},
		{"Ivo Renner is suspected of being a member of the gang.", "suspect", KindAccusation},
		{"A faulty brake hose could leak fluid.", "leak", KindOther},
		{"An aide leaked the memo to reporters on Monday.", "leak", KindStatement},
		{"Internal emails suggest that engineers warned managers in 2022.", "suggest", KindOther},
		{"Anna Berg suggested a meeting in Ostburg on Monday.", "suggest", KindProposal},
		{"Northwind Bank said it would fight the suit.", "fight", "legal"},
		{"Anna Berg said on Monday she would fight the suit.", "fight", "legal"},
		{"Northwind Bank said it would fight the rebels.", "fight", KindAttack},
		{"The defense was not allowed to call a key witness.", "call", "legal"},
		{"Anna Berg will call Ivo Renner on Monday.", "call", KindCall},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.lemma); e.Kind != tt.kind {
				t.Errorf("kind %s, want %s%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}
