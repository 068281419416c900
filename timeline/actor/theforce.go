package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News calls a police force "the force" once it has named it ("the
// police had acted lawfully … The force said it had received two
// complaints"). Only as the subject of a verb: "the force of the blast"
// and "used the force" name no one.

// theForce appends to ms a mention of the police named last before each
// "the force" of text that a verb follows, and returns ms.
func (g *gazetteer) theForce(text string, ms []Mention) []Mention {
	n := len(ms)
	for at := 0; ; {
		i := strings.Index(text[at:], "he force ")
		if i < 0 {
			return ms
		}
		start := at + i - 1
		at = start + len("the force ")
		if start < 0 || text[start] != 't' && text[start] != 'T' || start > 0 && isLetter(text[start-1]) {
			continue
		}
		next, _, _ := strings.Cut(text[at:min(len(text), at+24)], " ")
		if !g.forceVerb(strings.TrimRight(next, ",.;:")) || strings.HasSuffix(next, ",") {
			continue
		}
		var police *Mention
		for k := range ms[:n] {
			if m := &ms[k]; m.Start < start && m.Name != "" && (isPolice(m) || m.Kind == timeline.Organization && nameTypes[strings.ToLower(lastWord(m.Name))]&tyPolice != 0) {
				police = m
			}
		}
		if police == nil {
			continue
		}
		end := start + len("the force")
		ms = append(ms, Mention{Start: start, End: end, Text: text[start:end], Name: police.Name, Kind: police.Kind,
			Ref: police.Ref, Country: police.Country})
	}
}

// forceVerb reports whether w, after "the force", is its verb: one of
// saying, an auxiliary, or a past tense ("the force said", "the force
// has apologised", "the force confirmed").
func (g *gazetteer) forceVerb(w string) bool {
	w = strings.ToLower(w)
	return g.lexOf(w)&lSpeech != 0 || auxiliaries[w] && w != "who" && w != "which" || len(w) > 4 && strings.HasSuffix(w, "ed")
}
