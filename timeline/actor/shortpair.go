package actor

import "strings"

// Two names joined by "&" open a firm's name ("K & L Distribution",
// "Hartley & Moss Partners") and are the firm alone ("K&L will pay"):
// the "&" vouches for a firm, whatever word ends the name. A club named
// for its town ("Redford City", "Ashby Town", "Kelby County") goes by
// the town's name alone ("Redford have won"), where a body's name ending
// in no organisation word ("the Obama team") does not.

// clubTownWords end the name of a club that its town's name opens.
var clubTownWords = map[string]bool{"city": true, "town": true, "county": true}

// ampPair returns the "X & Y" that opens the longer name, or "".
func ampPair(name string) string {
	w := strings.Fields(name)
	if len(w) < 4 || w[1] != "&" || !properName(w[0]) || !properName(w[2]) {
		return ""
	}
	return strings.Join(w[:3], " ")
}

// ampOnly reports whether name is "X & Y" and nothing more.
func ampOnly(name string) bool {
	w := strings.Fields(name)
	return len(w) == 3 && w[1] == "&" && properName(w[0]) && properName(w[2])
}

// shortByTown reports whether the organisation's name ends in a club's
// word for its town, so that its first word is its short name.
func shortByTown(name string) bool {
	return clubTownWords[strings.ToLower(lastWord(name))] && strings.Count(name, " ") == 1
}
