package extract

import "strings"

// electionOutcome reports whether frame f, of a verb of winning or
// losing, tells how an election went: what was won or lost is an
// election, a vote or its seats ("won 326 seats", "lost the primary",
// "won a majority", "won a landslide"), or it was won in one ("won
// easily in the runoff"). A race or a final won is no election.
func (p parsed) electionOutcome(f frame, lemma string) bool {
	switch lemma {
	case "win", "lose":
	default:
		return false
	}
	for _, j := range f.patients {
		if electionWords[strings.ToLower(p.word(j).Lemma)] || p.hasModifier(j, "landslide") {
			return true
		}
	}
	for k := range p.s.Words {
		if p.head(k) != f.pred || p.rel(k) != "obl" {
			continue
		}
		if c := p.caseOf(k); (c == "in" || c == "at") && electionWords[strings.ToLower(p.word(k).Lemma)] && strings.ToLower(p.word(k).Lemma) != "seat" {
			return true // "won in the election", "lost at the polls"
		}
	}
	return false
}

// electionWords are what an election is won or lost by or in.
var electionWords = map[string]bool{
	"election": true, "vote": true, "ballot": true, "poll": true, "primary": true, "runoff": true,
	"by-election": true, "referendum": true, "seat": true, "majority": true, "landslide": true,
}
