package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestHarmonize(t *testing.T) {
	// Each row is a document: its sentences, each word with its label
	// after a slash ("Berg/B-PER"); unlabelled words bare.
	for _, c := range []struct{ name, doc, want string }{
		{"a name takes its type where the model left it out",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | They met Anna Berg .",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | They met Anna/B-PER Berg/I-PER ."},
		{"after a capital that opens the sentence",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | \" Then Anna Berg came .",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | \" Then Anna/B-PER Berg/I-PER came ."},
		{"a whole run only",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | Later Dr Anna Berg came .",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | Later Dr Anna Berg came ."},
		{"a person's last name",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | They met Berg .",
			"Anna/B-PER Berg/I-PER spoke . | Anna/B-PER Berg/I-PER left . | They met Berg/B-PER ."},
		{"the odd type out",
			"Holm/B-PER spoke . | Holm/B-PER left . | Holm/B-LOC came back .",
			"Holm/B-PER spoke . | Holm/B-PER left . | Holm/B-PER came back ."},
		{"no type without twice the votes",
			"Holm/B-PER spoke . | Holm/B-PER left . | Holm/B-PER sat . | Holm/B-LOC came . | Holm/B-LOC went .",
			"Holm/B-PER spoke . | Holm/B-PER left . | Holm/B-PER sat . | Holm/B-LOC came . | Holm/B-LOC went ."},
		{"a word mostly unlabelled stays so",
			"the Court/B-ORG ruled . | the Court agreed . | the Court met .",
			"the Court/B-ORG ruled . | the Court agreed . | the Court met ."},
		{"an acronym labelled once",
			"the Lake City Housing Authority ( LCHA/B-ORG ) sued . | LCHA denied it . | LCHA staff left .",
			"the Lake City Housing Authority ( LCHA/B-ORG ) sued . | LCHA/B-ORG denied it . | LCHA/B-ORG staff left ."},
		{"an acronym of two types",
			"NWB/B-ORG rose . | NWB/B-LOC fell . | NWB held . | NWB fell .",
			"NWB/B-ORG rose . | NWB/B-LOC fell . | NWB held . | NWB fell ."},
		{"an acronym in a longer run",
			"NWB/B-ORG rose . | NWB Capital fell . | NWB Capital held .",
			"NWB/B-ORG rose . | NWB Capital fell . | NWB Capital held ."},
		{"part of a hyphenated name",
			"Carl/B-PER Dahl/I-PER -/I-PER Holm/I-PER spoke . | Holm/B-PER came . | Carl/B-PER Dahl/I-PER - Holm left .",
			"Carl/B-PER Dahl/I-PER -/I-PER Holm/I-PER spoke . | Holm/B-PER came . | Carl/B-PER Dahl/I-PER - Holm left ."},
	} {
		forms, labels := parseDoc(c.doc)
		Harmonize(forms, labels)
		if got := formatDoc(forms, labels); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func parseDoc(doc string) (forms, labels [][]string) {
	for s := range strings.SplitSeq(doc, " | ") {
		var fs, ls []string
		for w := range strings.FieldsSeq(s) {
			f, l, ok := strings.Cut(w, "/")
			if !ok || f == "" {
				f, l = w, O
			}
			fs, ls = append(fs, f), append(ls, l)
		}
		forms, labels = append(forms, fs), append(labels, ls)
	}
	return forms, labels
}

func formatDoc(forms, labels [][]string) string {
	var sents []string
	for s := range forms {
		var ws []string
		for i, f := range forms[s] {
			if labels[s][i] == O {
				ws = append(ws, f)
			} else {
				ws = append(ws, f+"/"+labels[s][i])
			}
		}
		sents = append(sents, strings.Join(ws, " "))
	}
	return strings.Join(slices.Clip(sents), " | ")
}
