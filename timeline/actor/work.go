package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A film, a book or a song is titled in capitals like a person: "the film
// Slumdog Millionaire", "\"Catching Fire\" begins shooting". English marks the
// title by a noun for the work right before it or by quotation marks
// around it alone. Such a run is no one.

// workNouns are the nouns for a made work that its title follows.
var workNouns = map[string]bool{"film": true, "movie": true, "book": true, "novel": true, "album": true,
	"song": true, "single": true, "show": true, "series": true, "sitcom": true, "play": true, "musical": true,
	"opera": true, "documentary": true, "hit": true, "blockbuster": true, "bestseller": true, "memoir": true,
	"biopic": true, "drama": true, "thriller": true, "franchise": true, "sequel": true, "prequel": true,
	"miniseries": true, "poem": true, "painting": true}

// workTitle reports whether the capitalised run text[start:end] is the
// title of a work: quoted alone; or, unless a given name opens the run,
// after a noun for a work that a determiner, a year or "new" opens ("the film Slumdog Millionaire", "her 2008
// movie Vell", not "a song Taylor Swift wrote" nor "a monster hit
// Lionsgate are", where the noun ends its own phrase).
func (g *gazetteer) workTitle(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	after := strings.TrimLeft(text[end:], " ")
	if strings.HasSuffix(before, "\"") && strings.HasPrefix(after, "\"") || strings.HasSuffix(before, "“") && strings.HasPrefix(after, "”") {
		return true
	}
	// Brackets after a name hold a credit ("Simon Beaufoy (Slumdog
	// Millionaire)") as often as the actor who plays a part ("Deep
	// Throat (Hal Holbrook)"): they tell nothing.
	noun := endWord(before)
	if strings.EqualFold(noun, "in") {
		// "his role in King Richard", "she starred in Vell Park": what a
		// part is played in is a work, no one (a possessive after it
		// is the owner of something else: "his role in Vell's death").
		prev := endWord(strings.TrimRight(before[:len(before)-len(noun)], " "))
		run := text[start:end] + text[end:min(end+2, len(text))]
		return performedIn[strings.ToLower(prev)] && !strings.Contains(run, "'") && !strings.Contains(run, "’")
	}
	if first, _, _ := strings.Cut(text[start:end], " "); g.isGiven(first) || !workNouns[strings.ToLower(noun)] {
		return false
	}
	before = strings.TrimRight(before[:len(before)-len(noun)], " ")
	opener := before[strings.LastIndexByte(before, ' ')+1:]
	return workOpeners[strings.ToLower(opener)] || len(opener) == 4 && strings.Trim(opener, "0123456789") == ""
}

// qualifiesPerson reports whether the capitalised run text[start:end],
// which no given name opens, qualifies a word for a person before that
// person's name: "Slumdog Millionaire screenwriter Simon Beaufoy",
// "Harlow Mutual analyst Ivo Dane" name a work or a body the person is
// known by, not a second person. Only the recogniser's person spans are
// so checked: Find reads a name there as the person's modifier ("Nixon
// aide John Dean"), who is one.
func (g *gazetteer) qualifiesPerson(text string, start, end int) bool {
	first, _, _ := strings.Cut(text[start:end], " ")
	if g.isGiven(first) || !strings.HasPrefix(text[end:], " ") {
		return false
	}
	noun, rest, ok := strings.Cut(text[end+1:], " ")
	if !ok || noun == "" || noun[0] < 'a' || noun[0] > 'z' || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	return wn.NounClass(noun) == "person" || g.lexOf(noun)&lTitleHead != 0
}

// performedIn are the words for playing a part before "in" and the work
// it is played in: "his role in", "starred in".
var performedIn = map[string]bool{"role": true, "roles": true, "starred": true, "starring": true,
	"stars": true, "star": true, "cameo": true, "co-starred": true}

// workOpeners open the phrase of a work's noun before its title: "the
// film", "his new movie", "the hit film".
var workOpeners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "new": true, "latest": true, "hit": true, "debut": true, "first": true, "last": true}

// endWord returns the run of ASCII letters that ends s.
func endWord(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
		i--
	}
	return s[i:]
}

// countryWord reports whether the word w is the name of a country the
// gazetteer knows ("Egypt"), not its demonym.
func (g *gazetteer) countryWord(w string) bool {
	nd := g.root[w]
	return nd != nil && nd.hit != nil && nd.hit.form == formName && nd.hit.e.kind == timeline.Country
}
