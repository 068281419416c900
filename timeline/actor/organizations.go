package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Organizations adds to ms, the mentions of one document, the
// organisations that the entity recogniser names in it and Find had no
// cue for: a name with no word of an organisation's ("Bank", "Ministry",
// "Inc") or one whose cue word comes first ("The Bank of England extended
// a loan"), a company or club known by its name alone ("Chelsea sacked
// its manager", "Pfizer said"), an acronym ("the NBA suspended him").
// names are the recogniser's organisation spans in text, in order. A
// name must be all capitalised words (joined by "of", "and", "&" or
// "for"), and a single word must be one the document never writes in
// lower case and WordNet does not know as a common word of people or
// things: "Police" and "Parliament" open sentences as common nouns. A
// place Find read inside the name ("England" in "Bank of England") gives
// way to it, as does a lone word of an organisation Find read as a
// description; any other mention it overlaps keeps the words. ms is
// returned sorted by start.
func Organizations(text string, ms []Mention, names []timeline.TextRange) []Mention {
	return organizations(newLowerIndex(text), ms, names)
}

func organizations(x *lowerIndex, ms []Mention, names []timeline.TextRange) []Mention {
	g, text := loadDefault(), x.text
	read := func(_ []Mention, n timeline.TextRange) (timeline.TextRange, string) {
		name := text[n.Start:n.End]
		words := strings.Fields(name)
		if len(words) > 0 && len(words) <= 6 && strings.Join(words, " ") == name && !creditLine(text, n.Start) && !medium(text, n.Start, n.End) && !craftName(text, n.Start, n.End) && g.orgName(x, n.Start, words) {
			return n, timeline.Organization
		}
		return n, ""
	}
	ms, added := addRecognised(text, ms, names, read, g.givesWayToOrg)
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return ms
}

// givesWayToOrg reports whether Find's mention m is a person it only
// guessed at by the same words, or lies inside the longer name n as a
// place or country ("England" of "Bank of England") or as a
// lone word of an organisation that Find read as a description ("Bank",
// which it took for the bank the story names).
func (g *gazetteer) givesWayToOrg(m Mention, n timeline.TextRange) bool {
	if m.Tentative && m.Kind == timeline.Person && m.Start == n.Start && m.End == n.End {
		return true // a name Find only guessed a person's ("sued Velstrom")
	}
	if m.Start < n.Start || m.End > n.End || m.End-m.Start >= n.End-n.Start {
		return false
	}
	return m.Kind == timeline.Country || m.Kind == timeline.Place || !strings.Contains(m.Text, " ") && g.lexOf(m.Text)&lOrgHead != 0
}

// orgName reports whether words can be an organisation's name in text.
func (g *gazetteer) orgName(x *lowerIndex, start int, words []string) bool {
	text := x.text
	for i, w := range words {
		if i > 0 && i < len(words)-1 && orgJoiners[w] {
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' || g.lexOf(w)&(lStop|lDeterminer|lTitleHead|lTitleMod) != 0 {
			return false
		}
	}
	if eventOrThing(words[len(words)-1]) || partyMember[words[len(words)-1]] {
		return false
	}
	if len(words) > 1 {
		return true
	}
	w := words[0]
	if len(w) < 2 || x.has(w) {
		return false
	}
	if allCaps(w) {
		return true
	}
	switch wn.NounClass(strings.ToLower(w)) {
	case "":
		return true // no common noun: "Chelsea", "Pfizer"
	case "group":
		// a group's name ("NATO"), which WordNet lists with common nouns
		// ("traffic", "staff"), so not where a capital may be the
		// sentence's
		return !sentenceInitial(text, start)
	case "location":
		// a place's name ("Broadway", "Brooklyn") names a body only
		// when something marks one: a verb of saying beside it
		// ("Toyota said", "told The Post") or a capitalised "The" that
		// makes the article the name's ("The Post")
		return !sentenceInitial(text, start) && g.speaksOrTitled(text, start, start+len(w))
	}
	return false
}

// partyMember holds the nouns for one member of a party, which end a
// description of a person, no body's name: "the Ohio Democrat who chairs
// the committee", "a Texas Republican", "a Social Democrat".
var partyMember = map[string]bool{"Democrat": true, "Republican": true, "Conservative": true, "Socialist": true,
	"Communist": true, "Tory": true, "Liberal": true, "Nationalist": true}

// sentenceInitial reports whether the word at byte offset at opens a
// sentence, a line or a quotation.
func sentenceInitial(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \"'“‘")
	return before == "" || strings.ContainsRune(".!?:\n", rune(before[len(before)-1]))
}

// eventOrThing reports whether a name's last word is a common noun of an
// event, a time, a prize or a single made thing: "the Academy Awards",
// "the Olympics", "Tasman Saddle Hut" name no body. A plural of made
// things may name a team or a company ("Trail Blazers", "General
// Motors").
func eventOrThing(last string) bool {
	low := strings.ToLower(last)
	class, plural := wn.NounClass(low), false
	if stem, ok := strings.CutSuffix(low, "s"); ok && class == "" {
		class, plural = wn.NounClass(stem), true
	}
	switch class {
	case "act", "event", "time", "possession":
		return true
	case "artifact":
		return !plural
	}
	return false
}

// orgJoiners are the lower-case words inside organisations' names.
var orgJoiners = map[string]bool{"of": true, "and": true, "&": true, "for": true, "on": true}

// allCaps reports whether w is two to six capital letters.
func allCaps(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// orgCandidate reports whether the capitalised word text[at:end] may be
// an organisation's name the recogniser should read: outside every
// mention of ms, an acronym or a word WordNet does not know in lower case
// ("Chelsea", "Pfizer"); or the first of "X of Y" with Y outside them
// ("Bank of England", whose Bank Find may have read as a description).
func (g *gazetteer) orgCandidate(x *lowerIndex, ms []Mention, at, end, limit int) bool {
	text := x.text
	w := strings.TrimRight(text[at:end], ",.;:'’\"”)")
	if len(w) < 2 || g.lexOf(w)&(lStop|lDeterminer) != 0 {
		return false
	}
	if of := end + len(" of "); strings.HasPrefix(text[end:limit], " of ") {
		if next := capitalised(text, of, limit); next > of && !covered(ms, of, next) {
			return true
		}
	}
	if covered(ms, at, end) {
		return false
	}
	if allCaps(w) {
		return true
	}
	noun, verb := wn.PartsOfSpeech([]byte(strings.ToLower(w)))
	return !noun && !verb && !x.has(w)
}

// speaksOrTitled reports whether the word text[start:end] has a verb of
// saying right before or after it, or a capitalised "The" before it.
func (g *gazetteer) speaksOrTitled(text string, start, end int) bool {
	before := strings.Fields(text[max(0, start-24):start])
	after := strings.Fields(text[end:min(len(text), end+24)])
	if len(before) > 0 && !strings.HasSuffix(text[:start], before[len(before)-1]+" ") {
		before = nil // the word before is cut from this one by a mark
	}
	if len(before) > 0 {
		prev := before[len(before)-1]
		if prev == "The" || g.lexOf(prev)&lSpeech != 0 {
			return true
		}
	}
	return len(after) > 0 && strings.HasPrefix(text[end:], " ") && g.lexOf(after[0])&lSpeech != 0
}
