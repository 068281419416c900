package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A person's name is written in capitals and lower case: a name that is
// or ends in a word of capitals alone ("auditor KPG", "analysts at
// Halvorsen ISI") is a firm's initials, whatever title or verb of saying
// made it a person's. A regnal number ("Henry VIII") and "Jr" are no such
// word.

// capitalsNoPerson makes each person of ms whose fullest name is or ends
// in a word of capitals an organisation.
func capitalsNoPerson(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Person || m.Name == "" || !capitalsName(m.Name) {
			continue
		}
		m.Kind, m.Role, m.Title = timeline.Organization, "", ""
	}
}

// capitalsName reports whether name's last word is two or more capital
// letters and nothing else, after a first word that is not in capitals
// too (a name shouted in a byline, "ANNA BERG", is still a person's).
func capitalsName(name string) bool {
	words := strings.Fields(name)
	last := words[len(words)-1]
	if !upperWord(last) || regnal(last) || generations[strings.ToLower(last)] {
		return false
	}
	return len(words) == 1 || !upperWord(words[0])
}

// upperWord reports whether w is two or more ASCII capital letters.
func upperWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
