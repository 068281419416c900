package tagger

import (
	"strings"
	"testing"
)

// The plain tagger, which training learns from, leaves the perceptrons'
// tags as they are: the closed-class rule and the repairs, which change a
// word of each of these sentences for the committed model, do not run.
func TestPlainTagger(t *testing.T) {
	m := committedModel(t)
	full, plain := m.NewTagger(), m.NewPlainTagger()
	differ := 0
	for _, s := range []string{
		"He fled downtown Atlanta and managed to evade police .",
		"Chargers wide receiver Vincent Jackson was arrested .",
		"A police officer shot and killed a man .",
		"Two armed men stole jewellery worth $2 million from a store .",
		"Investors said they planned to sue the auditor .",
		"Firefighters made progress overnight as winds eased .",
	} {
		forms := strings.Fields(s)
		a, b := full.Tag(forms, nil), plain.Tag(forms, nil)
		for i := range forms {
			if a[i].XPOS != b[i].XPOS {
				differ++
				t.Logf("%q: %s is %s, plainly %s", s, forms[i], a[i].XPOS, b[i].XPOS)
			}
		}
	}
	if differ == 0 {
		t.Error("the plain tagger tags as the full one: its rules ran")
	}
}
