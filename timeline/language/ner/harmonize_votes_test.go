package ner

import (
	"fmt"
	"strings"
	"testing"
)

// TestHarmonizeManyNames checks that a name keeps its votes when the
// document names more than one block of names between its mentions
// (Harmonize takes its vote counts from blocks of 16).
func TestHarmonizeManyNames(t *testing.T) {
	var others []string
	for i := range 40 {
		others = append(others, fmt.Sprintf("Name%c%c/B-PER spoke .", 'A'+i/26, 'a'+i%26))
	}
	mid := strings.Join(others, " | ")
	for _, c := range []struct{ name, doc, want string }{
		{"votes before and after forty other names count together",
			"Northwind/B-ORG rose . | " + mid + " | Northwind/B-ORG fell . | Northwind/B-LOC held .",
			"Northwind/B-ORG rose . | " + mid + " | Northwind/B-ORG fell . | Northwind/B-ORG held ."},
		{"one vote is not twice another",
			"Northwind/B-ORG rose . | " + mid + " | Northwind/B-LOC held .",
			"Northwind/B-ORG rose . | " + mid + " | Northwind/B-LOC held ."},
	} {
		forms, labels := parseDoc(c.doc)
		Harmonize(forms, labels)
		if got := formatDoc(forms, labels); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}
