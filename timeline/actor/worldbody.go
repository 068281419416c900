package actor

import "github.com/storyline/storyline/timeline"

// worldOpeners open the names of the bodies that govern a sport or a
// field the world over and are named by it alone, without an
// organisation word: "World Athletics", "World Rugby", "International
// Aquatics". News writes them without an article, as a name.
var worldOpeners = map[string]bool{"World": true, "International": true}

// worldNotBody are the words that make a run opened by "World" or
// "International" an event, a place or a thing rather than a body: "World
// War II", "World Cup", "International Women's Day", "International
// Space Station", "World Trade Center".
var worldNotBody = map[string]bool{"war": true, "wars": true, "cup": true, "series": true, "day": true, "week": true,
	"year": true, "heritage": true, "trade": true, "record": true, "records": true, "tour": true, "final": true,
	"finals": true, "expo": true, "fair": true, "summit": true, "conference": true, "station": true, "airport": true,
	"wide": true, "web": true, "date": true, "line": true, "class": true, "order": true, "stage": true, "title": true,
	"space": true, "law": true, "economy": true, "affairs": true, "relations": true, "waters": true, "community": true,
	"arrivals": true, "departures": true, "terminal": true, "flights": true, "news": true, "edition": true}

// worldBody reads a body named "World" or "International" and one or two
// capitalised words with no organisation word ("World Athletics said",
// "fined by World Rugby"): one that names an event or a title, follows an
// article, or runs on into a longer name ("International Women's Day"),
// is left to the other rules.
func (s *sentence) worldBody(i int) (Mention, int, bool) {
	if s.kind == timeline.Heading || !worldOpeners[s.str(i)] || s.word(i-1) && s.has(lDeterminer, i-1) ||
		s.toks[i].is(tPoss) {
		return Mention{}, 0, false
	}
	k := i + 1
	for k < len(s.toks) && k-i <= 3 && s.word(k) && s.toks[k].is(tCap) && !s.toks[k].is(tUpper) {
		if worldNotBody[s.lower(k)] || s.prizeHead(k) || s.has(lTitleHead|lStop, k) || s.gazStart(k) != nil {
			return Mention{}, 0, false
		}
		k++
		if s.toks[k-1].is(tPoss) {
			break
		}
	}
	if k == i+1 || k-i > 3 || s.word(k) && (s.toks[k].is(tCap) || s.toks[k].is(tDigit)) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, k), Kind: timeline.Organization,
		Modifier: s.toks[k-1].is(tPoss) || s.qualifiesTitle(k)}, k, true
}
