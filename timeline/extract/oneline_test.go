package extract

import "testing"

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"The\n independent agency formed a new bank": "The independent agency formed a new bank",
		"An emergency \nsale":                        "An emergency sale",
		"Regulators  closed\tthe bank":               "Regulators closed the bank",
		"Regulators closed the bank":                 "Regulators closed the bank",
		"":                                           "",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}
