package main

// An event noun names something that happens: "the meeting", "the ouster",
// "the earthquake", as against "the minister", "the ministry" or "the
// building". WordNet has no such flag, so it is decided per sense and then
// per word.
//
// A sense is eventive when
//   - one of its hypernym paths reaches event.n.01 (acts, happenings,
//     social events) or one of the processes and phenomena that happen
//     rather than exist (natural and economic processes, increases and
//     decreases, geological and atmospheric phenomena: floods, inflation,
//     storms; not forces, energies or clouds), without passing through the
//     occupations or the sports, which are activities people have, not
//     things that happen on a day;
//   - or it has an event kind other than the broad statement and movement
//     (its chain reaches an anchor: "talks" is a negotiation, filed under
//     communication; a summit is a meeting, filed under group; but an
//     apothegm, a kind of statement, is a saying, not a telling);
//   - or it is a message (message.n.02: what is said, asked, claimed)
//     that the word itself derives from a verb in ("statement" from
//     "state", "request" from "request"; not "heading" or "record", which
//     are texts).
//
// A word is an event noun when its first sense is eventive; or, if its
// senses are tagged in WordNet's concordance (cntlist), when its eventive
// senses carry at least half of the tags; or, if none is tagged (WordNet's
// order is then only the lexicographer's guess), when one of its first
// three senses is eventive and the first is no concrete thing, person,
// place or body of people, unless the word is made from a verb: "summit"
// is in (its first sense is the highest degree of something), "ouster" is
// in (first the person who ousts, but made from "oust"), "Atlanta" (first
// the city, then the battle) is out.

var (
	eventRoots = []string{
		"event.n.01", "natural_process.n.01", "economic_process.n.01", "increase.n.03",
		"decrease.n.02", "geological_phenomenon.n.01", "atmospheric_phenomenon.n.01",
	}
	eventExclude = []string{"occupation.n.01", "sport.n.01"}
)

type eventDecider struct {
	k       *kinder
	roots   map[ref]bool
	exclude map[ref]bool
	memo    map[ref]bool
	msg     ref
	msgMemo map[ref]bool
}

func newEventDecider(k *kinder) (*eventDecider, error) {
	e := &eventDecider{k: k, roots: map[ref]bool{}, exclude: map[ref]bool{}, memo: map[ref]bool{}, msgMemo: map[ref]bool{}}
	var err error
	if e.msg, err = k.wn.lookup("message.n.02"); err != nil {
		return nil, err
	}
	for _, set := range []struct {
		names []string
		m     map[ref]bool
	}{{eventRoots, e.roots}, {eventExclude, e.exclude}} {
		for _, n := range set.names {
			r, err := k.wn.lookup(n)
			if err != nil {
				return nil, err
			}
			set.m[r] = true
		}
	}
	return e, nil
}

// underEvent reports whether one of r's hypernym paths reaches an event
// root without passing through an excluded synset ("hunting" the sport is
// not a happening).
func (e *eventDecider) underEvent(r ref) bool {
	if v, ok := e.memo[r]; ok {
		return v
	}
	e.memo[r] = false // WordNet's hypernym graph has no cycles; this guards anyway
	v := false
	switch {
	case e.exclude[r]:
	case e.roots[r]:
		v = true
	default:
		for _, h := range e.k.wn.synsets[r].hyper {
			if e.underEvent(h) {
				v = true
			}
		}
	}
	e.memo[r] = v
	return v
}

// message reports whether r is message.n.02 or below it.
func (e *eventDecider) message(r ref) bool {
	if v, ok := e.msgMemo[r]; ok {
		return v
	}
	v := r == e.msg
	for _, h := range e.k.wn.synsets[r].hyper {
		v = v || e.message(h)
	}
	e.msgMemo[r] = v
	return v
}

func (e *eventDecider) eventiveSense(lemma string, r ref) bool {
	if e.underEvent(r) {
		return true
	}
	if h := e.k.senseKind(lemma, r); h.idx >= 0 && !broadKinds[anchors[h.idx].kind] {
		return true
	}
	s := e.k.wn.synsets[r]
	if !e.message(r) {
		return false
	}
	for _, d := range s.deriv {
		if d.target.pos == 'v' && s.members[d.from].lemma == lemma {
			return true
		}
	}
	return false
}

// broadKinds are the kinds whose anchors are messages or motions in
// general rather than occurrences.
var broadKinds = map[string]bool{"statement": true, "movement": true}

// entityClasses are the noun classes of things, people, places and bodies
// of people: a word whose first sense is one is not read as an event on the
// strength of an untagged later sense.
var entityClasses = map[string]bool{
	"person": true, "artifact": true, "location": true, "object": true, "group": true,
	"animal": true, "plant": true, "food": true, "substance": true, "body": true,
}

// untaggedSenses is how far an untagged word is searched for an eventive
// sense.
const untaggedSenses = 3

// isEventNoun decides for a word; see the comment at the top of the file.
func (e *eventDecider) isEventNoun(lemma string) bool {
	senses := e.k.wn.index['n'][lemma]
	if len(senses) == 0 {
		return false
	}
	if e.eventiveSense(lemma, senses[0]) {
		return true
	}
	var all, ev int
	for _, r := range senses {
		n := e.k.wn.tags[senseKey{lemma, r}]
		all += n
		if n > 0 && e.eventiveSense(lemma, r) {
			ev += n
		}
	}
	if all > 0 {
		return 2*ev >= all
	}
	if entityClasses[e.k.wn.className(senses[0])] && len(e.k.wn.derived(lemma, 'n')) == 0 {
		return false
	}
	for _, r := range senses[1:min(len(senses), untaggedSenses)] {
		if e.eventiveSense(lemma, r) {
			return true
		}
	}
	return false
}
