package extract

import "strings"

// Wire copy closes many stories with the reporter's own attempt to hear a
// side: "could not be reached for comment", "did not respond to a request
// for comment". The comment asked for is no statement anyone made, and
// being reached or not is no happening of the story.

// askedComment reports whether noun i, lemma l, is the comment a reporter
// asked for ("for comment") or the asking ("a request for comment",
// "requests for comment").
func (p parsed) askedComment(i int, l string) bool {
	switch l {
	case "comment":
		// Bare: "made for Jones' first public comments" is comment made.
		return p.caseOf(i) == "for" && strings.EqualFold(p.word(i).Form, "comment") && !p.hasDependent(i, "det") && !p.hasDependent(i, "nmod") && !p.hasDependent(i, "amod")
	case "request", "inquiry", "enquiry", "call", "message":
		// Read off the words, not the tree: the parse often hangs "for
		// comment" on the verb ("did not respond to a request for
		// comment").
		return i+2 < len(p.s.Words) && strings.EqualFold(p.word(i+1).Form, "for") && strings.EqualFold(p.word(i+2).Lemma, "comment")
	}
	return false
}

// reachedForComment reports whether verb i is the reporter's reaching
// someone for comment: "Pesic could not be reached for comment",
// "efforts to reach the company for comment were unsuccessful".
func (p parsed) reachedForComment(i int) bool {
	switch strings.ToLower(p.word(i).Lemma) {
	case "reach", "contact":
	default:
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == i && p.rel(k) == "obl" && p.askedComment(k, strings.ToLower(p.word(k).Lemma)) {
			return true
		}
	}
	return false
}
