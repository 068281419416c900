package extract

import "strings"

// A participle closing a past clause tells a deed of that clause's
// subject: "A quake struck on Monday, killing six people" says the quake
// killed six people. Its summary says so in the past, as a reader would
// retell it, not as the fragment "A quake killing six people".

// deedParticiple reports whether verb v is such a participle, with
// agent a borrowed from the clause it closes: a bare -ing form (no
// auxiliary, no subject of its own) after a comma, or joined to one
// ("…, destroying homes and forcing thousands to flee"), under a verb in
// the simple past, and after it.
func (p parsed) deedParticiple(v int, f frame) bool {
	if p.word(v).XPOS != "VBG" || len(f.agents) == 0 || p.head(f.agents[0]) == v ||
		p.hasDependent(v, "aux") || p.hasDependent(v, "nsubj") || p.hasDependent(v, "mark") {
		return false
	}
	c := v
	for p.rel(c) == "conj" && p.word(p.head(c)).XPOS == "VBG" {
		c = p.head(c)
	}
	if p.rel(c) != "advcl" || c == 0 || c < p.head(c) || p.word(c-1).Form != "," || p.hasDependent(c, "mark") {
		// One before its verb is an aside of the subject's: "Lavrov,
		// speaking to journalists, called the talks useful".
		return false
	}
	if p.absoluteSubject(c) {
		return false
	}
	for h := p.head(c); h >= 0; h = p.head(h) {
		switch p.word(h).XPOS {
		case "VBG":
			if p.rel(h) != "advcl" && p.rel(h) != "conj" {
				return false
			}
			continue // "destroying much of the town, killing six": the first participle's clause
		case "VBD":
			return !p.hasDependent(h, "aux") && !p.hasDependent(h, "aux:pass")
		}
		return false
	}
	return false
}

// absoluteSubject reports whether participle c follows a "with" phrase
// that gives it a subject of its own: "held talks, with Rubio and Lavrov
// leading the delegations" are Rubio's and Lavrov's deeds.
func (p parsed) absoluteSubject(c int) bool {
	for k := c - 1; k >= 0 && k >= c-20; k-- {
		if strings.EqualFold(p.word(k).Form, "with") {
			return true
		}
		if p.word(k).UPOS == "VERB" {
			return false
		}
	}
	return false
}

// pastPhrase puts the participle heading verb phrase vp of verb v in the
// simple past: "killing six" killed six, "knocking out" knocked out.
func (p parsed) pastPhrase(v int, vp string) string {
	form := p.word(v).Form
	i := strings.Index(vp, form)
	if i < 0 {
		return vp
	}
	return vp[:i] + simplePast(strings.ToLower(p.word(v).Lemma), form) + vp[i+len(form):]
}

// nounParticiple reports whether verb v is an -ing form modifying a noun
// of a past clause, a deed told in passing: "unsealed an indictment
// charging Mr. Dahl with fraud" tells that the indictment (and those
// behind it) charged him. Its summary says so in the past, not as the
// fragment "Prosecutors charging Dahl".
func (p parsed) nounParticiple(v int, f frame) bool {
	h := p.head(v)
	if len(f.agents) == 0 || f.agents[0] == h {
		return false // "spent more time chasing the journalists": the time chased no one
	}
	if p.word(v).XPOS != "VBG" || p.rel(v) != "acl" || h < 0 || h > v || p.word(h).UPOS != "NOUN" || !p.hasDependent(v, "obj") ||
		p.hasDependent(v, "aux") || p.hasDependent(v, "nsubj") || p.hasDependent(v, "mark") {
		return false // "called the remarks promising": an adjective, no deed
	}
	// The noun is what a simple past did something to: "agreed to finish
	// a deal giving the US a share" tells of no deal yet.
	c := p.head(h)
	return p.rel(h) == "obj" && c >= 0 && p.word(c).XPOS == "VBD" && !p.hasDependent(c, "aux") && !p.hasDependent(c, "aux:pass")
}
