package main

import (
	"fmt"
	"slices"
)

// anchors are the synsets that name each of Storyline's event kinds. A
// verb or noun sense gets the kind of the nearest anchor on its hypernym
// chain (the sense itself at distance 0), so "assassinate" (murder > kill)
// is a death and "rebuff" (reject > refuse) a rejection without either
// word being listed. A name lemma.pos.NN is the NNth sense of lemma in
// WordNet 3.0's index (`gen -show lemma` prints the senses with their
// glosses; displace.v.03, a sense of "fire" and "dismiss", is "terminate
// the employment of"). Ties at the
// same distance go to the earlier kind in this list, so the specific kinds
// come before the broad ones (statement, movement).
var anchors = []struct {
	kind    string
	synsets []string
}{
	{"resignation", []string{"leave_office.v.01", "resignation.n.02", "abdication.n.01"}},
	{"dismissal", []string{"displace.v.03", "oust.v.01", "dismissal.n.04", "ouster.n.03"}},
	{"appointment", []string{"appoint.v.01", "appoint.v.02", "nominate.v.01", "nominate.v.02", "appointment.n.01", "nomination.n.01", "inaugurate.v.01"}},
	{"hiring", []string{"hire.v.01", "recruit.v.02"}},
	{"arrest", []string{"collar.v.01", "confine.v.05", "apprehension.n.04", "detention.n.01"}},
	{"legal", []string{"action.v.01", "prosecute.v.02", "indict.v.01", "convict.v.01", "acquit.v.01", "sentence.v.01", "judge.v.05", "due_process.n.01", "lawsuit.n.01", "litigation.n.01"}},
	{"accusation", []string{"charge.v.02", "accusation.n.01", "accusation.n.02"}},
	{"election", []string{"elect.v.01", "vote.v.01", "vote.v.02", "vote.n.01", "vote.n.02"}},
	{"death", []string{"kill.v.01", "die.v.01", "killing.n.02", "death.n.01", "death.n.02"}},
	{"attack", []string{"attack.v.01", "attack.v.03", "assail.v.01", "attack.n.01", "attack.n.05", "assault.n.01", "bombing.n.02", "shooting.n.02", "fight.n.02", "military_action.n.01", "contend.v.06", "fire.v.02", "shoot.v.01", "kidnap.v.01"}},
	{"disaster", []string{"calamity.n.01", "earthquake.n.01", "flood.n.01", "storm.n.01", "fire.n.01", "accident.n.01", "avalanche.n.01", "drought.n.01", "epidemic.n.01", "volcanic_eruption.n.01", "landslide.n.02"}},
	{"protest", []string{"protest.v.01", "protest.v.02", "protest.n.01", "protest.n.02", "demonstrate.v.04", "riot.v.01", "riot.n.01"}},
	{"call", []string{"call.v.03", "call.n.01"}},
	{"meeting", []string{"meet.v.01", "meet.v.02", "meet.v.07", "meeting.n.01", "meeting.n.04", "negotiation.n.01", "negotiate.v.01"}},
	{"visit", []string{"visit.v.01", "visit.v.03", "visit.v.04", "travel_to.v.01", "visit.n.01", "visit.n.02", "visit.n.03", "visit.n.04"}},
	{"warning", []string{"warn.v.01", "warn.v.02", "warn.v.04", "threaten.v.02", "warning.n.01", "warning.n.03", "threat.n.03"}},
	{"demand", []string{"demand.v.01", "demand.v.03", "demand.n.01", "demand.n.04", "ultimatum.n.01"}},
	{"proposal", []string{"propose.v.01", "proposal.n.01", "suggest.v.03", "offer.v.02", "offer.n.01"}},
	{"rejection", []string{"reject.v.01", "refuse.v.01", "refuse.v.02", "deny.v.01", "rejection.n.01", "refusal.n.01", "veto.n.01", "denial.n.01"}},
	{"agreement", []string{"agree.v.01", "agree.v.02", "agreement.n.01", "agreement.n.02", "sign.v.02", "accept.v.03", "armistice.n.01", "contract.n.01"}},
	{"announcement", []string{"announce.v.01", "announce.v.02", "announcement.n.01"}},
	{"transaction", []string{"buy.v.01", "sell.v.01", "pay.v.01", "transact.v.01", "purchase.n.01", "sale.n.01", "payment.n.02", "amalgamation.n.01", "takeover.n.02", "investing.n.01"}},
	{"statement", []string{"state.v.01", "tell.v.02", "statement.n.01", "remark.n.01", "speech.n.02"}},
	{"movement", []string{"travel.v.01", "travel.v.02", "arrive.v.01", "leave.v.01", "travel.n.01", "journey.n.01", "arrival.n.01", "departure.n.01"}},
}

// kindSenses is how many senses of a word, in WordNet's frequency order,
// may give it a kind. The first sense decides when it reaches an anchor;
// past it, a kind from a rarer sense is still better than none for a word
// already read as an event ("trial" is first a test, fourth a court case).
const kindSenses = 4

// classKinds is the fallback for verbs none of whose first senses reaches
// an anchor: the lexicographer class of the first sense. Only classes that
// map on one kind without doubt are listed.
var classKinds = map[string]string{
	"communication": "statement",
	"motion":        "movement",
}

// kinder computes and caches the kind of every synset.
type kinder struct {
	wn      *wordnet
	anchor  map[ref]int // anchor synset → index in anchors
	nearest map[ref]hit
}

// hit is the nearest anchor of a synset: its index in anchors and the
// number of hypernym (or derivation) steps to it; idx -1 for none.
type hit struct{ idx, dist int }

func newKinder(wn *wordnet) (*kinder, error) {
	k := &kinder{wn: wn, anchor: map[ref]int{}, nearest: map[ref]hit{}}
	for i, a := range anchors {
		for _, name := range a.synsets {
			r, err := wn.lookup(name)
			if err != nil {
				return nil, fmt.Errorf("anchor %s: %w", a.kind, err)
			}
			if j, dup := k.anchor[r]; dup {
				return nil, fmt.Errorf("anchor %s is both %s and %s", name, anchors[j].kind, a.kind)
			}
			k.anchor[r] = i
		}
	}
	return k, nil
}

// up finds the nearest anchor among r and its hypernyms, breadth first.
func (k *kinder) up(r ref) hit {
	if h, ok := k.nearest[r]; ok {
		return h
	}
	h := k.search(r)
	k.nearest[r] = h
	return h
}

func (k *kinder) search(r ref) hit {
	seen := map[ref]bool{r: true}
	level := []ref{r}
	for d := 0; len(level) > 0; d++ {
		best := -1
		var next []ref
		for _, x := range level {
			if i, ok := k.anchor[x]; ok && (best < 0 || i < best) {
				best = i
			}
			for _, h := range k.wn.synsets[x].hyper {
				if !seen[h] {
					seen[h] = true
					next = append(next, h)
				}
			}
		}
		if best >= 0 {
			return hit{best, d}
		}
		level = next
	}
	return hit{-1, 0}
}

// maxDistance bounds the hypernym steps from a sense to its anchor.
const maxDistance = 2

// maxDerivation bounds how far a derivation may lead: to an anchor or its
// direct hyponym (distance 2 counting the derivation step). Past that the
// verb's own chain is too general to say what the noun names.
const maxDerivation = 2

// derivingClasses are the noun classes whose derivational links name the
// verb's event: "resignation" the act is resigning, "slayer" the person is
// not a killing, nor "convention" the assembly of delegates a meeting.
var derivingClasses = map[string]bool{
	"act": true, "event": true, "process": true, "phenomenon": true,
	"communication": true, "state": true, "possession": true,
}

// senseKind is the nearest anchor of one sense of a word: through the
// synset's own hypernyms or, one step further, through a verb (or noun)
// the word itself is derivationally linked to in that sense ("resignation"
// the act is linked to "resign" the verb, which is an anchor). Only the
// word's own links count: a synset's other members have links of their own
// ("summit" as the highest point shares a synset with "elevation").
func (k *kinder) senseKind(lemma string, r ref) hit {
	best := k.up(r)
	s := k.wn.synsets[r]
	if r.pos == 'n' && !derivingClasses[k.wn.className(r)] {
		return best
	}
	for _, d := range s.deriv {
		if d.target.pos == r.pos || s.members[d.from].lemma != lemma {
			continue
		}
		h := k.up(d.target)
		h.dist++
		if h.idx >= 0 && h.dist <= maxDerivation && (best.idx < 0 || h.dist < best.dist || h.dist == best.dist && h.idx < best.idx) {
			best = h
		}
	}
	return best
}

// kinds lists the kinds of a word's first senses in sense order, without
// repeats; for a verb none of whose senses has one, the class fallback of
// its first sense; nil when nothing applies.
func (k *kinder) kinds(lemma string, pos byte) []string {
	senses := k.wn.index[pos][lemma]
	var out []string
	for i, r := range senses {
		if i == kindSenses {
			break
		}
		if h := k.senseKind(lemma, r); h.idx >= 0 && !slices.Contains(out, anchors[h.idx].kind) {
			out = append(out, anchors[h.idx].kind)
		}
	}
	if pos == 'n' && len(out) > 1 && !k.wn.tagged(lemma, 'n') {
		out = k.preferVerbKind(lemma, out)
	}
	if len(out) == 0 && pos == 'v' && len(senses) > 0 {
		if c, ok := classKinds[k.wn.className(senses[0])]; ok {
			out = append(out, c)
		}
	}
	return out
}

// preferVerbKind moves to the front the kind of the verb a noun is made
// from, when the noun has it among its kinds. It applies to nouns whose
// senses are untagged, where WordNet's order is only the lexicographer's
// guess: "ouster" (a wrongful dispossession at law, then the act of
// ejecting someone) names the event of its verb "oust", a dismissal.
func (k *kinder) preferVerbKind(lemma string, kinds []string) []string {
	verbs := k.wn.derived(lemma, 'n')
	if len(verbs) == 0 {
		return kinds
	}
	vk := k.kinds(verbs[0], 'v')
	if len(vk) == 0 {
		return kinds
	}
	i := slices.Index(kinds, vk[0])
	if i <= 0 {
		return kinds
	}
	out := append([]string{vk[0]}, kinds[:i]...)
	return append(out, kinds[i+1:]...)
}

// explain prints, for each of a word's first senses, the anchor that gives
// its kind (gen -kinds word -v).
func (k *kinder) explain(lemma string, pos byte) []string {
	var out []string
	for i, r := range k.wn.index[pos][lemma] {
		if i == kindSenses {
			break
		}
		h := k.senseKind(lemma, r)
		s := fmt.Sprintf("  %s: none", k.wn.name(r))
		if h.idx >= 0 {
			s = fmt.Sprintf("  %s: %s at %d", k.wn.name(r), anchors[h.idx].kind, h.dist)
			if own := k.up(r); own.idx != h.idx || own.dist != h.dist {
				s += " (through a derivation)"
			}
		}
		out = append(out, s)
	}
	return out
}
