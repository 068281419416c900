package extract

import "strings"

// "Had left his job several years ago and worked at the airport": the
// work is the state the leaving led to, not a deed of the leaving's time.
// A verb of lasting occupation coordinated after a deed takes no time
// from that deed's expression; "stormed a bank on Thursday and arrested a
// gunman" still tells both deeds on Thursday (see sharedDeed).

// lastingVerbs name a way of life or an occupation that lasts.
var lastingVerbs = map[string]bool{
	"work": true, "live": true, "serve": true, "reside": true, "teach": true, "study": true, "remain": true, "stay": true,
}

// stateAfter reports whether verb c is a lasting state coordinated after
// verb a that the time expression dates (see above).
func (p parsed) stateAfter(c, a int) bool {
	return a >= 0 && c > a && p.head(c) == a && p.rel(c) == "conj" && p.word(c).UPOS == "VERB" &&
		lastingVerbs[strings.ToLower(p.word(c).Lemma)]
}
