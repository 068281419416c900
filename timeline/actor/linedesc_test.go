package actor

import "testing"

// TestTradeBody: a business's noun after its trade ("the mining
// company") is the one business named before it, unless that one's name
// says another trade, another business is named too, or a word says the
// description is a second company ("the parent company").
func TestTradeBody(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Halvard Coal Corporation said output fell. A spokesman for the mining company said it would cut jobs.",
			"Halvard Coal Corporation=halvard-coal-corporation mining company=halvard-coal-corporation"},
		{"Vardo Mining said output fell. The mining company said it would cut jobs.",
			"Vardo Mining=vardo-mining mining company=vardo-mining"},
		// What must not change.
		{"Northvale Steel said output fell. The mining company said it would cut jobs.",
			"Northvale Steel=northvale-steel mining company=mining-company"},
		{"Northwind Bank said profits fell. The mining company said it would cut jobs.",
			"Northwind Bank=northwind-bank mining company=mining-company"},
		{"Vardo Holdings bought Kestrel Foods. The mining company said it would cut jobs.",
			"Vardo Holdings=vardo-holdings Kestrel Foods=kestrel-foods mining company=mining-company"},
		{"Vardo Mining said output fell. The parent company said it would cut jobs.",
			"Vardo Mining=vardo-mining parent company=parent-company"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestFormEndedShortName: the first word of a company's name that ends
// in a corporate form after its trade is the company in another
// document ("Halvard" of "Halvard Coal Corporation"), though the lexicon
// knows no trade "Coal"; of two such companies it is neither.
func TestFormEndedShortName(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{"Halvard Coal Corporation said output fell on Monday.", "Halvard's chief executive, Johan Brandt, visited the mine."},
			"Halvard=(halvard-coal-corporation) Johan Brandt=johan-brandt"},
		// Two such companies: "Halvard" is neither (it was Halvard
		// Steel, whose trade the lexicon knows, alone).
		{[]string{"Halvard Coal Corporation and Halvard Steel Corporation said output fell.", "Halvard's chief executive, Johan Brandt, visited the mine."},
			"Halvard=(halvard) Johan Brandt=johan-brandt"},
		// What must not change: no corporate form, no trade read.
		{[]string{"Halvard Coal said output fell on Monday.", "Halvard's chief executive, Johan Brandt, visited the mine."},
			"Halvard=(halvard) Johan Brandt=johan-brandt"},
	} {
		checkLastDoc(t, tc.texts, tc.want)
	}
}

// TestFieldNamed: a description whose words before its noun are all in
// the one named body of its type the document names, before or after it,
// is that body ("the charity regulator" of a lede before the Charity
// Commission, "the mining company" of Vardo Mining beside another firm).
func TestFieldNamed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The charity regulator said on Tuesday it had opened an inquiry. The Charity Commission said trustees had failed.",
			"charity regulator=charity-commission Charity Commission=charity-commission"},
		{"Vardo Mining bought Kestrel Foods. The mining company said it would cut jobs.",
			"Vardo Mining=vardo-mining Kestrel Foods=kestrel-foods mining company=vardo-mining"},
		// What must not change: two such bodies, or none.
		{"The charity regulator said on Tuesday it had opened an inquiry. The Charity Commission and the Charity Review Board said trustees had failed.",
			"charity regulator=charity-regulator Charity Commission=charity-commission Charity Review Board=charity-review-board"},
		{"The charity regulator said on Tuesday it had opened an inquiry. The Finance Commission said trustees had failed.",
			"charity regulator=charity-regulator Finance Commission=finance-commission"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
