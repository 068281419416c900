package actor

import "strings"

// News tells a party in power from those out of it by an epithet before
// its name ("the ruling Kelby Party", "the main opposition Labour Party")
// and calls it so again ("the ruling party's chief", "the governing
// party"): the description stands for the body the document gave that
// epithet, though another party was named since.

// epithets gives the epithet a word before a body's name or noun stands
// for; "ruling" and "governing" are one.
var epithets = map[string]string{"ruling": "ruling", "governing": "ruling", "opposition": "opposition"}

// sameEpithet returns the nearest named body before the description at m
// that the text gave the description's epithet and that its noun agrees
// with, or nil.
func (d *docSalience) sameEpithet(m *Mention, desc described) *Mention {
	if d.text == "" {
		return nil
	}
	e := d.epithet(m)
	if e == "" {
		return nil
	}
	var best *Mention
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= m.Start {
			break
		}
		if named(o) && d.agrees(o, desc) && d.epithet(o) == e {
			best = o
		}
	}
	return best
}

// epithet returns the epithet of the mention m: its first word ("governing
// party") or the word before it ("the ruling Kelby Party").
func (d *docSalience) epithet(m *Mention) string {
	first, _, _ := strings.Cut(m.Text, " ")
	if e := epithets[strings.ToLower(first)]; e != "" && first != m.Text {
		return e
	}
	return epithets[wordBefore(d.text, m.Start)]
}
