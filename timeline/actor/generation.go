package actor

import "strings"

// generations are the suffixes that tell a son from his father of the same
// name: "Arlen Voss Jr.", "Arlen Voss III". One is part of the person's
// name, never a surname nor a name alone.
var generations = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// trimGeneration returns a person's name without a generational suffix,
// when a given name and a surname stand before it: "Arlen Voss III" is
// the "Arlen Voss" another article names.
func trimGeneration(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !generations[strings.ToLower(name[i+1:])] || !strings.Contains(name[:i], " ") {
		return name
	}
	return strings.TrimRight(name[:i], " ,")
}

// surnameOf returns the last word of a person's name, passing over a
// generational suffix: "Voss" of "Arlen Voss III".
func surnameOf(name string) string { return lastWord(trimGeneration(name)) }
