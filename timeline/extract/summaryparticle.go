package extract

import "strings"

// afterRepeatedParticle returns object without the particle the verb
// written before it already ends with: "called on Monday for an inquiry"
// is "called for an inquiry", not "called for for an inquiry".
func afterRepeatedParticle(written, object string) string {
	last := written[strings.LastIndexByte(strings.TrimRight(written, " "), ' ')+1:]
	last = strings.TrimRight(last, " ")
	if particles[last] && strings.HasPrefix(object, last+" ") {
		return object[len(last)+1:]
	}
	return object
}

// particles are the prepositions a phrasal verb of a summary ends with.
var particles = set("for on with to of against about into from over")
