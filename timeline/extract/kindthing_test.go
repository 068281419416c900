package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestThingDoneIsNoAttack checks that charging a device or scrapping a
// product (a cancellation) is no attack, the lexicon's first sense of both verbs, and that
// charging people stays one.
func TestThingDoneIsNoAttack(t *testing.T) {
	firms := []who{{text: "Halvard Steel", id: "halvard-steel", kind: timeline.Organization},
		{text: "police", id: "police", kind: timeline.Group}, {text: "protesters", id: "protesters", kind: timeline.Group}}
	tests := []struct{ text, trigger, kind string }{
		{"Regulators advised passengers not to charge the devices during flights.", "charge", KindOther},
		{"Eva Falk charged her phone in Ostburg on Monday.", "charge", KindOther},
		{"Halvard Steel finally scrapped the model in October.", "scrap", KindCancellation}, // a product ended (kindschedule.go)
		{"The police charged the protesters in Ostburg on Monday.", "charge", KindAttack},
		// A sky or a place cleared of stuff is no approval; a merger
		// cleared is one.
		{"The ash cloud over Ostburg cleared on Monday.", "clear", KindOther},
		{"The runway in Ostburg was cleared of ash on Tuesday.", "clear", KindOther},
		{"Workers cleared the road of debris on Friday.", "clear", KindOther},
		{"Regulators cleared the merger on Wednesday.", "clear", KindAgreement},
		// A charge in the accounts is a cost; one a man faces is the law's.
		{"Halvard Steel booked a $2 billion charge in the first quarter.", "charge", KindOther},
		{"Halvard Steel took a charge against its earnings on Monday.", "charge", KindOther},
		{"Halvard Steel denied the charges on Monday.", "charge", KindAccusation},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextCast(t, tc.text, firms, nil)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tc.kind, describe(r))
			}
		})
	}
}
