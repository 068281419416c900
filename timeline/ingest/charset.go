package ingest

import (
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeLegacy returns data, which is not UTF-8, as UTF-8 when it can tell
// how it was written: a page saved from a site that still serves Latin-1,
// Windows-1252 or another legacy charset ("Caf\xe9", "\x93We will
// appeal,\x94") had each such letter and quote replaced by U+FFFD. A
// charset the data declares (a BOM, <meta charset>, <meta http-equiv>)
// decides; undeclared, data in which no byte above ASCII starts a UTF-8
// sequence is read as Windows-1252, which holds Latin-1's letters and
// the typographic quotes and dashes. Data that mixes UTF-8 with stray
// bytes is left to the U+FFFD repair. It returns the charset's name.
func decodeLegacy(data []byte) ([]byte, string, bool) {
	// The sniffer answers Windows-1252 both when a page declares it and
	// when nothing is declared; any other answer is a declaration.
	enc, name, _ := charset.DetermineEncoding(data, "")
	switch {
	case name == "utf-8":
		return nil, "", false // declared so: stray bytes in UTF-8
	case name == "windows-1252" && !singleByte(data):
		return nil, "", false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) {
		return nil, "", false
	}
	return out, name, true
}

// singleByte reports whether no byte above ASCII in data begins a valid
// UTF-8 sequence of two or more bytes.
func singleByte(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || n > 1 {
			return false
		}
		i++
	}
	return true
}
