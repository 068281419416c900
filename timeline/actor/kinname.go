package actor

import "strings"

// A father and son, or a mother and daughter, often share a name, and the
// parent is introduced by the kin ("the player's father, Anders da Costa
// Berg,"): the word before the particle of the parent's full name is the
// child's name as well. That word alone is then the child, in the
// document and across the corpus, never the parent (see innerNames and
// joinInnerNames).

// kinNouns are the nouns that make a person another's parent or child,
// who may bear the other's name; a brother or a wife ("the crown prince's
// brother, Khalid bin Salman") is called by a name of their own.
var kinNouns = map[string]bool{"father": true, "mother": true, "son": true, "daughter": true}

// kinRole reports whether a role names its holder as a parent or child:
// "father", "father of the striker", "the player's father".
func kinRole(role string) bool {
	head, _, _ := strings.Cut(strings.ToLower(role), " of ")
	words := strings.Fields(head)
	return len(words) > 0 && kinNouns[words[len(words)-1]]
}
