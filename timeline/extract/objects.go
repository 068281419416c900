package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// objects collects the actors after a trigger, in its segment: direct
// objects and "with", "to", "between" become participants or patients;
// "in" and "at" close by give places.
func (s *sentence) objects(t trig, r *roleSet) {
	g := s.seg(t.tok)
	reach := 14
	if t.noun() {
		reach = 8
	}
	end := min(g.hi, t.last+1+reach)
	near := t.last // the last token that belongs to the event's phrase
	modifier := -1
	for j := t.last + 1; j < end; j++ {
		tk := s.toks[j]
		if s.stopsObjects(t, j) {
			break
		}
		if tk.kind == tWord && !t.noun() && j <= near+2 && len(r.agents) > 0 {
			// Only with the agent known, which the pronoun cannot be.
			// "called on him to resign", "met them"
			if ref := s.x.objectPronoun(s, j, r.agents); ref >= 0 {
				switch prep := s.prepBefore(j); {
				case prep == "" || prep == "on":
					if patientKinds[t.kind] {
						r.patients = appendUnique(r.patients, ref)
					} else {
						r.participants = appendUnique(r.participants, ref)
					}
				case prep == "with" || prep == "to":
					r.participants = appendUnique(r.participants, ref)
				default:
					continue
				}
				near = j
				if t.speech() {
					break
				}
				continue
			}
		}
		if tk.kind == tActor && s.ownerAt(t, j) && !s.isPlace(tk.ref) {
			r.participants = appendUnique(r.participants, tk.ref)
			continue
		}
		if tk.kind != tActor || tk.poss && !s.isPlace(tk.ref) {
			continue
		}
		prep := s.prepBefore(j)
		if prep == "of" {
			// "met a group of students": the students are met.
			if p := s.prepIndex(j); p >= 0 {
				if h := s.partitiveBefore(p); h >= 0 && s.partitiveActor(h) == j {
					prep = s.prepBefore(h)
				}
			}
		}
		switch prep {
		case "in", "at", "inside", "near", "outside":
			if j-near <= 6 && s.isSite(tk.ref) {
				r.places = appendUnique(r.places, tk.ref)
				near = j
			}
			continue
		case "to", "into":
			if t.kind == KindVisit && s.isPlaceLike(tk.ref) {
				r.places = appendUnique(r.places, tk.ref)
				near = j
				continue
			}
			if s.isModifier(j) {
				continue
			}
			r.participants = appendUnique(r.participants, tk.ref)
		case "", "with", "between", "against":
			if prep == "" && t.noun() {
				continue // a noun takes no direct object
			}
			if s.isModifier(j) && prep != "between" {
				if modifier < 0 && prep != "against" {
					modifier = tk.ref
				}
				continue
			}
			if prep == "between" && len(r.agents) == 0 && t.noun() {
				r.agents = []int{tk.ref}
				near = j
				continue
			}
			if patientKinds[t.kind] && prep != "with" {
				r.patients = appendUnique(r.patients, tk.ref)
			} else {
				r.participants = appendUnique(r.participants, tk.ref)
			}
		case "by", "from":
			if t.noun() && len(r.agents) == 0 && j-t.last <= 3 {
				r.agents = []int{tk.ref}
			} else if !t.noun() && prep == "by" && j-2 > t.last && strings.HasSuffix(wordAt(s.toks, j-2), "ed") {
				r.participants = appendUnique(r.participants, tk.ref) // "met a team headed by Yermak"
			} else {
				continue
			}
		case "on":
			if t.noun() && (t.kind == KindAttack || t.kind == KindAccusation) && j-t.last <= 3 {
				r.patients = appendUnique(r.patients, tk.ref) // "attack on Riverton"
			} else {
				continue
			}
		default:
			continue
		}
		near = j
		if t.speech() {
			break // a speaker's addressee only; what follows was said
		}
	}
	if modifier >= 0 && len(r.participants) == 0 && len(r.patients) == 0 && !t.speech() {
		// "met Russian officials": the side they belong to took part.
		if patientKinds[t.kind] {
			r.patients = append(r.patients, modifier)
		} else {
			r.participants = append(r.participants, modifier)
		}
	}
}

// stopsObjects reports whether the token at j ends the phrase of trigger t:
// a new clause, another verb, or for a noun an "and" that does not join
// two actors.
func (s *sentence) stopsObjects(t trig, j int) bool {
	tk := s.toks[j]
	if tk.kind != tWord {
		return false
	}
	if tk.has(cClause) {
		return true
	}
	for _, o := range s.trigs {
		if o.tok == j && (!o.noun() || t.noun()) {
			return true
		}
	}
	if t.noun() && len(tk.low) > 4 && strings.HasSuffix(tk.low, "ed") && !(j == t.last+1 && wordAt(s.toks, j+1) == "by") {
		return true // "attack on Riverton prompted talks": a new verb, not "a statement issued by"
	}
	if tk.low == "to" && j+1 < len(s.toks) {
		n := s.toks[j+1]
		if n.kind == tWord && !n.has(cDet) && !s.capitalised(j+1) && !isNumber(n.low) && !strings.HasSuffix(n.low, "s") {
			return true // "travel to Moscow to present the plan to Putin": a purpose
		}
	}
	if tk.low == "and" || tk.low == "or" {
		prevActor := s.toks[j-1].kind == tActor
		return t.noun() && !prevActor || s.nextIsVerb(j)
	}
	return false
}

// appositionPatient takes the person named right after the object of an
// act on someone: "sidelined his envoy, Keith Kellogg, …".
func (s *sentence) appositionPatient(t trig, r *roleSet) {
	if !patientKinds[t.kind] && t.lemma != "dismiss" || len(r.patients) > 0 || t.noun() || r.passive {
		return // "was fired last week, Holm said": a passive has no object to name again
	}
	g := s.seg(t.tok)
	if g.hi >= len(s.toks) || s.toks[g.hi].low != "," || g.hi+1 >= len(s.toks) {
		return
	}
	if s.nextIsVerb(g.hi + 1) {
		return // "fired the coach, Holm said": the subject of the next clause
	}
	if n := s.toks[g.hi+1]; n.kind == tActor && !n.poss && s.x.actors[n.ref].Kind == timeline.Person {
		r.patients = append(r.patients, n.ref)
	}
}

// patientKinds are the kinds whose object is acted on rather than met.
var patientKinds = set(KindAttack + " " + KindAppointment + " " + KindDismissal + " " +
	KindAccusation + " " + KindDemand + " " + KindRejection + " " + KindWarning)

func (s *sentence) nextIsVerb(j int) bool {
	for _, t := range s.trigs {
		if t.tok > j && t.tok <= j+3 && !t.noun() {
			return true
		}
	}
	return false
}

func (s *sentence) isPlace(ref int) bool { return s.x.actors[ref].Kind == timeline.Place }

// isSite reports whether an actor can be where something happens: a
// place, a country, or an institution's seat ("at the White House").
func (s *sentence) isSite(ref int) bool {
	k := s.x.actors[ref].Kind
	return k == timeline.Place || k == timeline.Country || k == timeline.Organization
}

func (s *sentence) isPlaceLike(ref int) bool {
	k := s.x.actors[ref].Kind
	return k == timeline.Place || k == timeline.Country
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// pluralName reports whether a name ends in the plural of a common noun,
// as an event's or a prize's does ("the Tony Awards", "the Olympic
// Games") and a person's seldom does.
func pluralName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	sing, ok := strings.CutSuffix(strings.ToLower(last), "s")
	return ok && len(sing) > 2 && wn.NounClass(sing) != "" && wn.NounClass(sing) != "person"
}
