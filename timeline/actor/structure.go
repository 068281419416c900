package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A name that a word for a structure or a ground ends ("Millbrook
// International Airport", "Kingsmead Stadium", "Francis Scott Key
// Bridge") is where something happened, a place, however its first
// words read: "International" is an organisation's word, and a person's
// name may open it. The word alone after a name left out of the run
// ("Airport" of "Heathrow Airport") takes that name back.

// structureHeads are the words that end a structure's or a ground's
// name. Hospitals, prisons and halls act and speak as bodies do and stay
// theirs (see institutionHeads).
var structureHeads = map[string]bool{"airport": true, "stadium": true, "arena": true, "bridge": true, "tunnel": true,
	"racecourse": true, "speedway": true, "dam": true}

// structures makes the organisations of ms that a structure's word ends
// places, and gives a lone structure word the capitalised word before it
// that no mention holds.
func (g *gazetteer) structures(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Organization || m.Ref != "" || m.Name == "" || !structureHeads[strings.ToLower(lastWord(m.Name))] {
			continue
		}
		if !strings.Contains(m.Name, " ") && !g.takeNameBefore(text, ms, k) {
			m.Name = "" // "the Airport said": no name
			continue
		}
		m.Kind = timeline.Place
	}
}

// takeNameBefore gives ms[k] the capitalised word before it, which no
// mention holds but a tentative one of that word alone ("Heathrow",
// which only another document could make someone): false when there is
// no such word.
func (g *gazetteer) takeNameBefore(text string, ms []Mention, k int) bool {
	m := &ms[k]
	w := wordBefore(text, m.Start)
	start := m.Start - 1 - len(w)
	if w == "" || start < 0 || text[m.Start-1] != ' ' || !isUpper(text[start]) || g.lexOf(w)&(lStop|lDeterminer) != 0 {
		return false
	}
	for j := range ms {
		o := &ms[j]
		if o.Name == "" || o.End <= start || o.Start >= m.Start {
			continue
		}
		if !o.Tentative || o.Start != start || o.End != m.Start-1 {
			return false
		}
		o.Name = ""
	}
	m.Start, m.Text, m.Name = start, text[start:m.End], text[start:m.End]
	return true
}

// structureName reports whether the record names a structure found by
// its name's last word (see structures), which a longer name of the same
// structure may end ("General Vell International Airport").
func structureName(rec *record) bool {
	return rec.kind == timeline.Place && len(rec.mentions) > 0 && structureHeads[strings.ToLower(lastWord(rec.mentions[0].Name))]
}
