package actor

import "strings"

// A craft is named like a body or a person ("the Pragyan rover", "the
// container ship Ever Given", "a rover called Perseverance"), yet it is
// no actor of the kinds a story has: no person, organisation, country,
// place or group. The noun beside the name says what it is.

// craftHeads are the nouns after a craft's name that it is the name of,
// not the name of a maker or operator as "a Lion Air jet" is its
// airline's.
var craftHeads = map[string]bool{"rover": true, "lander": true, "orbiter": true, "spacecraft": true, "probe": true,
	"telescope": true, "submarine": true}

// craftNouns are the nouns before a craft's name, which then names the
// craft: "the rover Perseverance", "the container ship Ever Given".
var craftNouns = map[string]bool{"rover": true, "lander": true, "orbiter": true, "spacecraft": true, "probe": true,
	"telescope": true, "submarine": true, "ship": true, "vessel": true, "tanker": true, "freighter": true,
	"liner": true, "ferry": true, "yacht": true, "trawler": true, "megaship": true}

// craftName reports whether the name text[start:end] names a craft: a
// craft head follows it, or a craft noun goes before it, with "called"
// or "named" between them or not.
func craftName(text string, start, end int) bool {
	if rest, ok := strings.CutPrefix(text[end:], " "); ok {
		if i := strings.IndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' }); i > 0 && craftHeads[rest[:i]] || i < 0 && craftHeads[rest] {
			return true
		}
	}
	w := wordBefore(text, start)
	if w == "called" || w == "named" {
		if at := strings.LastIndex(text[:start], w); at >= 0 {
			w = wordBefore(text, at)
		}
	}
	return craftNouns[w]
}
