package extract

import (
	wn "github.com/storyline/storyline/timeline/lexicon"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// frame is a predicate with what the parse says of it.
type frame struct {
	pred     int // the predicate word
	clause   int // the word whose dependents give its arguments: the light verb of a noun, else pred
	agents   []int
	patients []int
	others   []int
	places   []int
	owners   []int // named owners of the object, who take part in a response to it (see owner)
	// possessor is the possessive of an event noun ("Dahl's arrest"),
	// first taken for its agent, or -1.
	possessor int
}

// event builds the event mention of predicate i.
func (p parsed) event(i int) (EventMention, bool) {
	f := frame{pred: i, clause: i, possessor: -1}
	noun := p.word(i).UPOS == "NOUN" || p.word(i).UPOS == "PROPN" // "the G20 Summit"
	if noun && p.heldByLightVerb(i) {
		f.clause = p.head(i)
	}
	p.arguments(&f, noun)
	if p.word(i).Deprel == "amod" {
		f.patients = append(f.patients, p.head(i)) // "a fired accountant": the accountant was fired
	}
	w := p.word(i)
	lemma := strings.ToLower(w.Lemma)
	verb := lemma
	if phrase := p.phrasalLemma(i, lemma); phrase != "" {
		lemma = phrase // "stepped down" resigned, "called off" cancelled
	}
	if form := strings.ToLower(w.Form); noun && form != lemma && (len(wn.Kinds(form, true)) > 0 || w.UPOS == "PROPN") {
		lemma = form // a plural with a sense of its own: "talks" are negotiations, not speeches
	}
	kind := p.pickKind(f, lemma, noun)
	if v := p.verdictWord(i); v >= 0 && lemma == "find" {
		// "found him guilty" convicted him, "found him not guilty"
		// acquitted him: the verdict says what happened.
		if v > 0 && strings.EqualFold(p.word(v-1).Form, "not") {
			lemma += " not"
		}
		lemma += " " + strings.ToLower(p.word(v).Form)
	}
	if !noun && p.receives(f, lemma) {
		lemma = receptionTrigger
	}
	if f.possessor >= 0 && (undergoerKinds[kind] || noun && kind == "death" && len(f.patients) == 0 && p.isPerson(f.possessor) ||
		noun && lemma == "release" && kind == KindOther && p.releasedPossessor(f)) {
		// "Dahl's arrest", "his dismissal": the possessor is the one
		// arrested or dismissed; "Dahl's murder", "his killing", with
		// no "of" naming a victim, the one killed; "Griner's release",
		// the one freed.
		f.agents = slices.DeleteFunc(f.agents, func(a int) bool { return a == f.possessor })
		f.patients = append(f.patients, f.possessor)
	}
	if lemma != verb && kind == KindStatement && wn.Kind(verb, false) != KindStatement {
		// A phrasal verb whose first sense is talk ("cut off" a
		// speaker) is as often a deed ("cut off aid"): say no more
		// than that something happened.
		kind = KindOther
	}
	end := p.triggerEnd(i)
	if j, phrase, kinds := p.collocation(i); j >= 0 {
		// "opened fire" is an attack, whatever "open" and "fire" are.
		lemma, kind, end = phrase, KindOther, max(end, p.word(j).End)
		if len(kinds) > 0 {
			kind = kinds[0]
		} else if k := p.wordKind(f, phrase, false); k != "" {
			kind = k // "took office"
		}
	}
	if ownerKinds[kind] {
		f.others = append(f.others, f.owners...) // "rejected Dostal's request": Dostal takes part
	}
	start := w.Start
	if f.clause != f.pred && f.clause < i {
		// The light verb's words are the event's too: "filed an appeal".
		start = p.word(f.clause).Start
	}
	x := p.x
	when, own := p.time(f)
	ev := EventMention{
		Kind:    kind,
		Trigger: lemma,
		Status:  p.status(f.clause),
		When:    when,
		Speaker: -1,
		Mention: timeline.Mention{
			Doc: x.doc.ID, Start: p.s.Span.Start, End: p.s.Span.End,
			Text:    x.doc.Text[p.s.Span.Start:p.s.Span.End],
			Trigger: &timeline.TextRange{Start: start, End: end},
		},
	}
	roles := []struct {
		words []int
		role  string
	}{{f.agents, timeline.RoleAgent}, {f.patients, timeline.RolePatient}, {f.others, timeline.RoleParticipant}}
	for _, r := range roles {
		for _, a := range r.words {
			// A possessive only qualifies a noun, unless the noun is the
			// event and the possessor its doer: "the donors' conference".
			refs := []int{p.actorAt(a)}
			if r.role == timeline.RoleAgent && p.namesThing(a) {
				refs[0] = -1 // "the James Webb telescope observed": no person did
			}
			if refs[0] < 0 && r.role == timeline.RolePatient {
				refs = p.pairAt(a, x.agentIDs(ev.Actors)) // "fired both men"
			}
			for _, ref := range refs {
				if ref >= 0 && (!x.actors[ref].Modifier || noun && p.head(a) == i && p.word(a).Deprel == "nmod:poss") {
					id := x.id(ref)
					if !slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.ID == id }) {
						ev.Actors = append(ev.Actors, timeline.Participant{ID: id, Role: r.role})
					}
				}
			}
		}
	}
	for _, pl := range f.places {
		if ref := p.actorAt(pl); ref >= 0 && (x.actors[ref].Kind == timeline.Place || x.actors[ref].Kind == timeline.Country) {
			ev.Places = append(ev.Places, x.placeName(ref))
		}
	}
	ev.Summary = p.summary(f)
	ev.Salience = p.salience(&ev, i, noun, own)
	if p.raising(i) {
		ev.Kind, ev.Salience = KindOther, raisingSalience
	}
	if noun && p.verdictMatter(i) {
		// "found guilty of all charges": the charges the verdict
		// settles were brought before; the verdict is the news.
		ev.Salience = min(ev.Salience, matterSalience)
	}
	if !noun && p.speaksAsSetting(i) {
		ev.Salience = min(ev.Salience, settingSalience)
	}
	if !noun && !p.namesSomething(f) {
		// "Moved", "Looks": a verb with nobody and nothing named says
		// too little to stand in a timeline.
		ev.Salience = min(ev.Salience, bareSalience)
	}
	return ev, ev.Summary != ""
}

// inTimex reports whether word j lies in a time expression: "on Monday"
// dates an event, it takes no part in it.
func (p parsed) inTimex(j int) bool {
	w := p.word(j)
	for _, tx := range p.x.timexes {
		if tx.Start <= w.Start && w.End <= tx.End {
			return true
		}
	}
	return false
}

// matterSalience caps the salience of the charges a verdict or a plea is
// on (see verdictMatter): kept as a mention of the charging, out of the
// pictures.
const matterSalience = 0.2

// bareSalience caps the salience of a verb with no argument named.
const bareSalience = 0.45

// raisingSalience is the salience of a passive of belief or schedule
// (see raising): no timeline shows it.
const raisingSalience = 0.1

// namesSomething reports whether one of f's agents, patients or other
// participants can be named in a summary.
func (p parsed) namesSomething(f frame) bool {
	for _, args := range [][]int{f.agents, f.patients, f.others} {
		for _, a := range args {
			if p.argument(a) != "" {
				return true
			}
		}
	}
	return false
}

// arguments fills f from the dependents of its predicate and clause.
func (p parsed) arguments(f *frame, noun bool) {
	for j := range p.s.Words {
		h := p.head(j)
		if h != f.pred && h != f.clause {
			continue
		}
		w := p.word(j)
		if w.UPOS == "PRON" && strings.Contains(w.Feats, "PronType=Rel") && p.otherSubject(j) {
			continue // a complementiser "that" (see otherSubject)
		}
		if p.stackedSubject(j) {
			continue
		}
		switch {
		case w.Deprel == "nsubj" || w.Deprel == "obl:agent" || w.Deprel == "nsubj:outer":
			if !(noun && h == f.pred) {
				f.agents = p.withConjuncts(f.agents, p.partitive(p.antecedent(j)))
			}
		case w.Deprel == "nmod:poss" && h == f.pred && noun:
			f.agents = p.withConjuncts(f.agents, j)
			f.possessor = j
		case w.Deprel == "nsubj:pass" || w.Deprel == "obj" && h == f.pred:
			f.patients = p.withConjuncts(f.patients, p.partitive(p.antecedent(j)))
			if o := p.owner(j); o >= 0 && w.Deprel == "obj" {
				f.owners = append(f.owners, o) // "rejected Dostal's request"
			}
		case w.Deprel == "iobj":
			f.others = p.withConjuncts(f.others, p.partitive(j))
		case (p.rel(j) == "obl" || p.rel(j) == "nmod") && !p.inTimex(j):
			prep := p.caseOf(j)
			j = p.partitive(j) // "met with dozens of survivors"
			switch prep {
			case "by":
				f.agents = p.withConjuncts(f.agents, j)
			case "with", "between", "against", "among":
				f.others = p.withConjuncts(f.others, j)
			case "of":
				if noun && h == f.pred {
					f.patients = p.withConjuncts(f.patients, j)
				}
			case "to", "on", "from":
				f.others = p.withConjuncts(f.others, j)
			case "in", "at", "near", "outside", "inside":
				f.places = p.withConjuncts(f.places, j)
			}
		}
	}
	switch {
	case len(f.agents) > 0 || noun && f.clause == f.pred:
		if !noun && len(f.agents) > 0 && len(f.patients) == 0 && p.passiveRelative(f.clause) {
			f.patients = append(f.patients, p.controller(f.clause)...) // "a foundation run by his brother-in-law"
		}
		if !noun && len(f.agents) > 0 && len(f.patients) == 0 && p.rel(f.clause) == "xcomp" && p.ownPassive(f.clause) && !p.hasDependent(f.clause, "nsubj:pass") {
			// "Dahl is expected to be questioned by a judge": the one
			// questioned is the subject above, the judge the doer.
			f.patients = append(f.patients, p.controller(f.clause)...)
		}
		if !noun && len(f.patients) == 0 && p.word(f.clause).Deprel == "conj" && p.ownPassive(f.clause) && !p.hasDependent(f.clause, "nsubj") {
			// "Renner resigned and was replaced by Berg": the one
			// replaced is the subject the conjuncts share, Berg the doer.
			f.patients = append(f.patients, p.controller(f.clause)...)
		}
	case !noun && p.hasDependent(f.clause, "nsubj"):
		// A passive with a subject of its own ("as it was read") names
		// no doer; its subject is its patient already.
	case !noun && (p.sharesPassive(f.clause) || p.ownPassive(f.clause) || p.passiveRelative(f.clause)):
		// "was arrested and charged", "was jailed after being charged",
		// "three aid workers kidnapped in April": the one it befell is
		// the controller.
		f.patients = append(f.patients, p.controller(f.clause)...)
	default:
		f.agents = p.controller(f.clause) // "Opening the conference, Vasko thanked …"
		if a := p.documentAuthor(f.clause, f.agents); a >= 0 {
			f.agents = p.withConjuncts(nil, a) // "unsealed an indictment charging him": the unsealers charge
		}
	}
	if h := p.relativeHead(f.pred); !noun && len(f.patients) == 0 && h >= 0 {
		f.patients = append(f.patients, h) // "the snags he blamed on Hamas"
	}
	for _, a := range f.agents {
		if c := p.client(a); c >= 0 {
			f.others = append(f.others, c) // "lawyers for Dostal filed an appeal": it is Dostal's
		}
	}
}

// passiveRelative reports whether verb v is a past participle that
// modifies a noun without an object of its own: "the workers kidnapped
// in April", "the men arrested on Friday" befell the noun.
func (p parsed) passiveRelative(v int) bool {
	return p.word(v).XPOS == "VBN" && p.word(v).Deprel == "acl" && !p.hasDependent(v, "obj") && !p.hasDependent(v, "nsubj")
}

// client returns the one whom agent word j acts for when j is a lawyer or
// spokesman ("lawyers for Marek Dostal", "Dostal's lawyer"), or -1.
func (p parsed) client(j int) int {
	switch strings.ToLower(p.word(j).Lemma) {
	case "lawyer", "attorney", "counsel", "solicitor", "barrister", "representative", "spokesman", "spokeswoman", "spokesperson":
	default:
		return -1
	}
	for k := range p.s.Words {
		if p.head(k) == j && (p.word(k).Deprel == "nmod:poss" || p.rel(k) == "nmod" && p.caseOf(k) == "for") {
			return k
		}
	}
	return -1
}

// controller returns the subject a verb without one shares with the verb
// above it: "agreed to meet", "met and talked", a participle clause.
func (p parsed) controller(i int) []int {
	direct := true // i, or a conjunct of it: "urged them to stay and (to) fight"
	for hops := 0; hops < 4; hops++ {
		h := p.head(i)
		if h < 0 {
			return nil
		}
		if direct || p.objectGerund(i, h) {
			if o := p.objectController(i, h); o >= 0 {
				return p.withConjuncts(nil, p.themNoun(p.antecedent(o)))
			}
		}
		direct = direct && (p.word(i).Deprel == "conj" || p.word(i).Deprel == "xcomp") // "ordered the mine to remain closed": the mine remains closed
		switch p.word(i).Deprel {
		case "xcomp", "conj", "advcl":
		default:
			if (p.word(i).Deprel == "acl:relcl" || p.word(i).Deprel == "acl") && !p.hasDependent(i, "nsubj") {
				// "talks aimed at …"; a clause with a subject of its own
				// ("walls had been removed") is no relative of the noun.
				if s := p.suspectOf(h); s >= 0 {
					return p.withConjuncts(nil, s) // "arrested on suspicion of harbouring": the one arrested (suspicion.go)
				}
				return []int{h}
			}
			return nil
		}
		for j := range p.s.Words {
			if p.head(j) == h && (p.word(j).Deprel == "nsubj" || p.word(j).Deprel == "nsubj:pass") {
				return p.withConjuncts(nil, p.partitive(p.antecedent(j))) // "one of the unions voted to strike": the unions
			}
		}
		i = h
	}
	return nil
}

// withConjuncts appends j and the words coordinated with it ("Berg and
// Holm"), and those coordinated with the name in apposition to it: in
// "Two deputies, Ron Stauber and Mike Gingrich, were named" the deputies
// are both men, though the parse hangs the second on the first.
func (p parsed) withConjuncts(dst []int, j int) []int {
	dst = append(dst, j)
	for k := range p.s.Words {
		switch {
		case p.head(k) == j && p.word(k).Deprel == "conj":
			dst = p.withConjuncts(dst, k) // "Egypt, Turkey and Jordan", which the parse may chain
		case p.head(k) == j && p.word(k).Deprel == "appos" && p.word(k).UPOS == "PROPN" && p.word(j).UPOS == "NOUN":
			for c := range p.s.Words {
				if p.head(c) == k && p.word(c).Deprel == "conj" && p.word(c).UPOS == "PROPN" {
					dst = append(dst, c)
				}
			}
		}
	}
	return dst
}

// caseOf returns the lower-cased preposition of nominal j.
func (p parsed) caseOf(j int) string {
	for k := range p.s.Words {
		if p.head(k) == j && p.word(k).Deprel == "case" {
			return strings.ToLower(p.word(k).Form)
		}
	}
	return ""
}

// phrasalLemma returns the lemma of verb i with its particle, "step
// down", when WordNet has the phrasal verb, else "": its senses, not the
// bare verb's, say what happened.
func (p parsed) phrasalLemma(i int, lemma string) string {
	if p.word(i).UPOS != "VERB" {
		return ""
	}
	for k := i + 1; k < len(p.s.Words) && k <= i+3; k++ {
		if p.head(k) == i && p.word(k).Deprel == "compound:prt" {
			phrase := lemma + " " + strings.ToLower(p.word(k).Form)
			if wn.VerbClass(phrase) != "" {
				return phrase
			}
			return ""
		}
	}
	return ""
}

// triggerEnd extends a verb over its particle: "stepped down", "broke out".
func (p parsed) triggerEnd(i int) int {
	end := p.word(i).End
	for k := i + 1; k < len(p.s.Words) && k <= i+3; k++ {
		if p.head(k) == i && p.word(k).Deprel == "compound:prt" {
			end = p.word(k).End
		}
	}
	return end
}
