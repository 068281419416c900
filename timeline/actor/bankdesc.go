package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News calls the bank its story is about "the bank" or "the lender",
// whatever its name says: "UBS", "Credit Suisse" and "Barclays" go by
// bare names, and "Halvard Bank", named in passing, is not the bank of
// the story for ending in the word. A central bank the text names is
// "the central bank", seldom "the bank" while a lender of the story is
// there to be it: "Credit Suisse said it would borrow from the Ostrian
// National Bank. The bank said it would exercise an option to borrow
// from the central bank" is Credit Suisse.

// bankDesc reports whether the description m, resolved by its head noun
// head, is a plain "the bank" or "the lender": no "central bank", which
// its own word tells.
func bankDesc(m *Mention, head string) bool {
	return (head == "bank" || head == "lender") && !strings.Contains(strings.ToLower(m.Name), "central")
}

// bareBank reports whether the named body o, whose name says nothing of
// what it does, may be the bank a description stands for: a name the
// gazetteer knows is no bare bank.
func bareBank(o *Mention, desc described) bool {
	return desc.types == tyBank && o.Ref == "" && o.Kind == timeline.Organization
}

// actsOnBank reports whether the body o, named before the description at
// m in its sentence by a name that says nothing of what it does, is the
// one acting on it: "the bank" right after a verb or a preposition is
// what the clause does something to ("VEMA said it would fine the
// bank"), which a body does to itself only as "itself", where after
// "that" or "said" it may be the body's own clause ("Credit Suisse said
// that the bank did not need help").
func (d *docSalience) actsOnBank(o, m *Mention, desc described) bool {
	if desc.types != tyBank || d.text == "" || d.typeOf(o) != 0 || o.End > m.Start || d.sentenceOf(o.Start) != d.sentenceOf(m.Start) {
		return false
	}
	before := strings.Fields(d.text[o.End:m.Start])
	if len(before) < 2 {
		return false
	}
	w := strings.ToLower(before[len(before)-2]) // the word before "the"
	return w == strings.Trim(w, ",;:\"“”()") && !clauseWords[w] && !auxiliaries[w] && d.g.lexOf(w)&lSpeech == 0 &&
		w != "and" && w != "but" && w != "because" && w != "while" && w != "as"
}

// centralBanks returns the names of the central banks the document names:
// by their name ("European Central Bank", "Federal Reserve", "Reserve
// Bank of Vell"), or as the body whose name ends in "Bank" that a "central
// bank" description right after it stands for ("the Ostrian National
// Bank … the central bank").
func centralBanks(text string, ms []Mention) map[string]bool {
	central := map[string]bool{}
	for k := range ms {
		o := &ms[k]
		if o.Kind != timeline.Organization || !named(o) {
			continue
		}
		for w := range strings.FieldsSeq(o.Name) {
			if w == "Central" || w == "Reserve" {
				central[strings.ToLower(o.Name)] = true
			}
		}
	}
	lower := strings.ToLower(text)
	for at := 0; ; {
		i := strings.Index(lower[at:], "central bank")
		if i < 0 {
			break
		}
		at += i
		var near *Mention
		for k := range ms {
			if o := &ms[k]; o.End <= at && named(o) && strings.EqualFold(lastWord(o.Name), "bank") && (near == nil || o.End > near.End) {
				near = o
			}
		}
		if near != nil {
			central[strings.ToLower(near.Name)] = true
		}
		at += len("central bank")
	}
	return central
}

// nearBank returns the body whose name ends in "Bank" that the plain
// "the bank" at ms[at] stands for by its word: the nearest before it, in
// its sentence or the one before, that is no central bank; or nil, when
// the description is left to salience.
func (d *docSalience) nearBank(ms []Mention, at int, central map[string]bool) *Mention {
	here := d.sentenceOf(ms[at].Start)
	for j := at - 1; j >= 0; j-- {
		o := &ms[j]
		if d.sentenceOf(o.Start) < here-1 {
			return nil
		}
		if o.Kind == timeline.Organization && o.Name != "" && strings.HasSuffix(strings.ToLower(lastWord(o.Name)), "bank") && !central[strings.ToLower(o.Name)] {
			return o
		}
	}
	return nil
}

// storyBank returns the body the plain "the bank" or "the lender" at
// ms[at] stands for: the bank of its speaker ("Dahl, the chairman of
// Ostrand Bank, said the bank"), a bank named right before it, else the
// most salient body that may be a bank, a central bank only when no
// other is; or nil.
func (d *docSalience) storyBank(ms []Mention, at int, desc described, central map[string]bool) *Mention {
	m := &ms[at]
	if o := d.speakersBody(m, desc); o != nil && !(d.typeOf(o) == 0 && upperWord(o.Name)) {
		// An officer's body named by bare initials is as often an
		// agency ("FDIC Chairman Dahl said the bank"): salience decides.
		return o
	}
	if o := d.nearBank(ms, at, central); o != nil {
		return o
	}
	d.skip = central
	o := d.salientOf(m, desc, false, true)
	d.skip = nil
	if o == nil {
		o = d.salientOf(m, desc, false, true)
	}
	return o
}
