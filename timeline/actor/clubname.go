package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// clubRunAfter returns where the club's name that a city at end opens
// ends ("Paris Saint-Germain", "Paris St Germain"), or end: capitalised
// words right after the city that open no person's name ("Paris Anna
// Berg", "Barcelona President Josep Bartomeu") and name no other actor
// than a person the text gives no given name, title or role (the run's
// tail read alone, "St Germain").
func clubRunAfter(g *gazetteer, text string, ms []Mention, end int) int {
	if end+1 >= len(text) || text[end] != ' ' || !isUpper(text[end+1]) {
		return end
	}
	run := firstCapRun(text[end+1:])
	stop := end + 1
	for w := range strings.FieldsSeq(run) {
		if g.isGiven(w) || g.lexOf(w)&(lTitleHead|lTitleMod|lStop|lSpeech) != 0 || dayOrMonth[strings.ToLower(w)] {
			break
		}
		stop = strings.Index(text[stop:], w) + stop + len(w)
	}
	if stop == end+1 {
		return end
	}
	for k := range ms {
		o := &ms[k]
		if o.End <= end || o.Start >= stop {
			continue
		}
		if o.Kind != timeline.Person || o.Title != "" || o.Role != "" || o.Start < end+1 || o.End > stop {
			return end
		}
	}
	return stop
}

// dayOrMonth are the capitalised words of a date, which no club's name
// holds: "Barcelona Monday" is a headline's.
var dayOrMonth = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// dropWithin empties the names of the mentions inside [start, end), which
// ordered then drops.
func dropWithin(ms []Mention, start, end int) {
	for k := range ms {
		if ms[k].Start >= start && ms[k].End <= end {
			ms[k].Name = ""
		}
	}
}

// unnamedClubs reads as a club each capitalised name, no mention's or
// only a tentative one's, that a result or a transfer makes a team:
// "beat Toulouse 6-2", "against Amiens", "signed for Juventus", "managed
// Sevilla". Only words that take a team as their object count: "for"
// and "from" alone may take a person ("a bonus for Neymar"). A name
// ending in "City" that a club's verb or people follow is one too
// ("Manchester City said", "Manchester City fans"), unless it is a city
// the gazetteer knows ("Mexico City").
func (g *gazetteer) unnamedClubs(text string, ms []Mention) []Mention {
	for i := 0; i < len(text); i++ {
		if !isUpper(text[i]) || i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '"' {
			continue
		}
		run := firstCapRun(text[i:])
		start, end := i, i+len(run)
		words := strings.Fields(run)
		i = end
		if len(words) == 0 || strings.HasSuffix(run, "-") || g.isGiven(words[0]) || g.lexOf(words[0]) != 0 || dayOrMonth[strings.ToLower(words[0])] {
			continue
		}
		before := wordsBefore(text, start, 3)
		if len(before) > 0 && isUpper(text[start-len(before[0])-1]) {
			continue // inside a longer run
		}
		cityClub := len(words) >= 2 && words[len(words)-1] == "City" && g.namedEntry(run) == nil && g.clubCue(text, start, end)
		if !cityClub && (len(before) == 0 || !g.strongClubCue(before)) {
			continue
		}
		if k, ok := looseAt(ms, start, end); ok {
			ms[k].Name, ms[k].Kind, ms[k].Tentative, ms[k].Country = run, timeline.Organization, false, ""
		} else if !overlapsAny(ms, start, end) {
			ms = append(ms, Mention{Start: start, End: end, Text: run, Name: run, Kind: timeline.Organization})
		}
	}
	return ms
}

// looseAt returns the index of the mention of ms at exactly [start,
// end), when every mention overlapping it is that one and it is loosely
// read: tentative, or a place the gazetteer lacks ("Manchester City" as
// "Kansas City" is read).
func looseAt(ms []Mention, start, end int) (int, bool) {
	at := -1
	for k := range ms {
		if ms[k].End <= start || ms[k].Start >= end {
			continue
		}
		loose := ms[k].Tentative || ms[k].Kind == timeline.Place && ms[k].Ref == ""
		if at >= 0 || !loose || ms[k].Start != start || ms[k].End != end {
			return 0, false
		}
		at = k
	}
	return at, at >= 0
}

// strongClubCue reports whether the words before a name (the nearest
// first) take a team: a result's or a transfer's verb, "against", or
// "for", "from", "to" or "with" after one ("signed for", "lost to").
func (g *gazetteer) strongClubCue(before []string) bool {
	if g.lex["club-object"][before[0]] {
		return true
	}
	switch before[0] {
	case "for", "from", "to", "with":
		return len(before) > 1 && g.lex["club-move"][before[1]]
	}
	return false
}

// teamCompounds are the nouns "team" qualifies in compounds that name no
// team acting: "his team mates", "the team bus", "the team hotel".
var teamCompounds = map[string]bool{"mates": true, "mate": true, "bus": true, "hotel": true, "spirit": true, "sheet": true,
	"talk": true, "photo": true, "kit": true, "colours": true, "colors": true, "physio": true}

// capWordBefore reports whether a capitalised word, no article's, stands
// right before offset at, past one space: the name at goes on a longer
// one ("AC Milan", not "The Barcelona coach").
func (g *gazetteer) capWordBefore(text string, at int) bool {
	if at < 2 || text[at-1] != ' ' {
		return false
	}
	k := at - 1
	for k > 0 && (isLetter(text[k-1]) || text[k-1] == '-') {
		k--
	}
	return k < at-1 && isUpper(text[k]) && g.lexOf(text[k:at-1])&(lStop|lDeterminer) == 0
}
