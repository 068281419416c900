package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// camelPrefixes are the openings of surnames and given names written with
// a capital inside ("MacArthur", "VanDeest", "DelGiudice", "AnnMarie"):
// names, not brands; "The" opens a handle run together ("TheAcademy"),
// no brand either. Shorter openings ("McAdam", "DeShawn", "LaRue") are
// names too and are told apart by their length.
var camelPrefixes = map[string]bool{"mac": true, "van": true, "von": true, "del": true, "dal": true, "della": true,
	"ann": true, "anna": true, "anne": true, "mary": true, "fitz": true, "ten": true, "ter": true, "des": true,
	"les": true, "lou": true, "jean": true, "the": true}

// camelBrand reports whether w is a one-word brand written with a capital
// inside after a lower-case run of three letters or more ("TallGrass",
// "PayPal", "DoorDash", "OpenAI"): companies are named so, people are not.
func camelBrand(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	if initialsBrand(w) {
		return true
	}
	lowers := 0
	for i, c := range w[size:] {
		switch {
		case unicode.IsLower(c):
			lowers++
		case unicode.IsUpper(c):
			at := size + i
			return lowers >= 2 && !camelPrefixes[strings.ToLower(w[:at])] && len(w)-at >= 2
		default:
			return false // "O'Neill", "Jean-Paul": a name's own marks
		}
	}
	return false
}

// initialsBrand reports whether w runs two capitals or more into a
// capitalised word of three lower-case letters or more ("JPMorgan",
// "JCPenney"): a firm's two or three initials joined to its founder's name, which no
// person's name is written as; a plural of initials ("CEOs", "NGOs") has
// fewer lower-case letters.
func initialsBrand(w string) bool {
	caps := 0
	for caps < len(w) && 'A' <= w[caps] && w[caps] <= 'Z' {
		caps++
	}
	if caps < 3 || caps > 4 {
		return false // one capital before the word, as "OConnor" is written; a longer run is an acronym's ("LICIACube")
	}
	for _, c := range w[caps:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return utf8.RuneCountInString(w[caps:]) >= 3
}
