package ingest

import (
	"strings"
	"testing"
)

// A page or text in a legacy charset is read in it: declared, or, when no
// byte of it starts a UTF-8 sequence, as Windows-1252.
func TestLegacyCharsets(t *testing.T) {
	tests := []struct {
		name, file, data, want, warning string
	}{
		{"undeclared Latin-1 text", "a.txt", "Caf\xe9 owners met on Monday.\n", "Café owners met on Monday.", "windows-1252"},
		{"Windows-1252 quotes and euro", "b.txt", "\x93We will appeal,\x94 she said of the \x80500 fine.\n", "“We will appeal,” she said of the €500 fine.", "windows-1252"},
		{"a page declaring Latin-2", "c.html", `<html><head><meta charset="iso-8859-2"></head><body><article><p>The mayor of ` + "\xa3\xf3d\xbc" + ` resigned on Monday after a week of protests in the city.</p></article></body></html>`,
			"The mayor of Łódź resigned on Monday", "iso-8859-2"},
		{"a page declaring Windows-1251", "d.html", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><article><p>` +
			"\xcc\xee\xf1\xea\xe2\xe0" + ` said on Monday that the talks in Geneva had ended without a deal.</p></article></body></html>`, "Москва said on Monday", "windows-1251"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags, err := Read(tt.file, []byte(tt.data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 || !strings.Contains(docs[0].Text, tt.want) {
				t.Fatalf("documents %+v, want one with text containing %q", docs, tt.want)
			}
			if len(diags) == 0 || !strings.Contains(diags[0].Message, tt.warning) {
				t.Errorf("diagnostics %v, want a warning naming %s", diags, tt.warning)
			}
		})
	}
}
