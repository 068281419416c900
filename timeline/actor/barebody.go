package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A one-word name that speaks ("Microsoft said the flaw was serious") is
// a person for Find, which has no other context for it. When a later "the
// company" or "the firm" can stand for nothing the document names as a
// body better, and the name is all the text gives for it, the name is the
// company: "Microsoft said the flaw was serious. The company said a fix
// was coming." A person's name of one word is most often the surname of
// a full name written before, or comes with a title, a role or "he" or
// "she"; such a name stays a person.

// bareNames returns the capitalised one-word person names of ms that
// nothing marks as a person's ("the governor" is an office): no mention of it has a title, a role or other words, it is
// no given name, and no "he", "she" or the like follows it in its
// sentence.
func bareNames(g *gazetteer, text string, ms []Mention) map[string]bool {
	var out map[string]bool
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Person || m.Tentative || strings.Contains(m.Name, " ") || m.Name == "" || m.Name[0] < 'A' || m.Name[0] > 'Z' || g.isGiven(m.Name) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		if _, seen := out[m.Name]; !seen {
			out[m.Name] = true
		}
		if m.Title != "" || m.Role != "" || m.Text != m.Name || personalAfter(text, m.End) || quotedByPronoun(text, m.End) {
			out[m.Name] = false
		}
	}
	for n, ok := range out {
		if !ok {
			delete(out, n)
		}
	}
	return out
}

// personalAfter reports whether a personal pronoun follows byte offset
// at within a few words of its sentence ("Vell said he would", "Vell,
// whose wife"): the name before it is a person's.
func personalAfter(text string, at int) bool {
	rest := text[at:min(len(text), at+60)]
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		rest = rest[:k]
	}
	for i, w := range strings.Fields(rest) {
		if i >= 6 {
			break
		}
		switch strings.ToLower(strings.Trim(w, ",;:\"“”'’()")) {
		case "he", "she", "his", "her", "him", "himself", "herself", "who", "whose", "whom":
			return true
		}
	}
	return false
}

// makeBody turns every mention of the person name into the body of that
// name.
func makeBody(ms []Mention, name string) {
	for k := range ms {
		if m := &ms[k]; m.Kind == timeline.Person && m.Name == name {
			m.Kind, m.Role, m.Title, m.Country = timeline.Organization, "", "", ""
		}
	}
}

// quotedByPronoun reports whether the sentence after the one holding
// offset at is a quotation that "he" or "she" says ("Farley said the
// company was pleased. \"The deal is good,\" he said."): the name
// that spoke before it is a person's, whom the pronoun takes up.
func quotedByPronoun(text string, at int) bool {
	end := strings.IndexAny(text[at:], ".!?\n")
	if end < 0 {
		return false
	}
	rest := strings.TrimPrefix(text[at+end+1:], "”") // a quotation the sentence closes
	rest = strings.TrimLeft(rest, " ")
	rest, ok := strings.CutPrefix(rest, "\"")
	if !ok {
		if rest, ok = strings.CutPrefix(rest, "“"); !ok {
			return false
		}
	}
	close := strings.IndexAny(rest, "\"”\n")
	if close < 0 || rest[close] == '\n' {
		return false
	}
	after := strings.Fields(rest[close:min(len(rest), close+20)])
	if len(after) < 2 {
		return false
	}
	w := strings.ToLower(after[1])
	return w == "he" || w == "she"
}
