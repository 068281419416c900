package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A story set in a country the gazetteer lacks still names it the way
// English names states: as the owner of a province or region ("Norvia's
// Kastel province") or of what only a state has ("Aldria's ambassador"), after the place it holds in a dateline-like "Dovrik,
// Norvia,", or as a neighbour ("neighbouring Norvia"). Such a name is a
// country, and a place it holds carries it as its Country, across the
// documents of the story. "The government" that no name resolves is then
// the government of the country the story's places lie in, when nearly
// all of them lie in one: a story of a flood in one country calls that
// country's government "the government".

// unknownState reads the name [i, end) the gazetteer lacks as a country
// when English marks it as one, and returns its mention.
func (s *sentence) unknownState(out []Mention, i, end int) (Mention, bool) {
	if end-i != 1 || s.toks[i].is(tUpper) || s.kind == timeline.Heading {
		return Mention{}, false
	}
	owner := s.toks[i].is(tPoss) && (s.ownsPlace(end) || s.ownsStateThing(end))
	// "neighbouring Norvia", not "neighbouring Gulf states"
	neighbour := !s.toks[i].is(tPoss) && s.word(i-1) && (strings.EqualFold(s.str(i-1), "neighbouring") || strings.EqualFold(s.str(i-1), "neighboring")) &&
		!(s.word(end) && (s.peopleAfter(end) || s.has(lOrgHead, end) || collectiveNouns[s.lower(end)]))
	held := !s.toks[i].is(tPoss) && s.punct(i-1, ',') && (end == len(s.toks) || s.punct(end, ',') || s.punct(end, '.')) &&
		len(out) > 0 && out[len(out)-1].Kind == timeline.Place && out[len(out)-1].End == s.toks[i-1].start
	// "Norvian sovereignty": the adjective of a state, before what only a
	// state has.
	adjective := !s.toks[i].is(tPoss) && strings.HasSuffix(s.str(i), "an") && s.ownsStateThing(end)
	if !owner && !neighbour && !held && !adjective {
		return Mention{}, false
	}
	start, stop := s.toks[i].start, s.toks[i].end
	name := s.str(i)
	if adjective {
		return Mention{Start: start, End: stop, Text: name, Name: strings.TrimSuffix(name, "n"), Kind: timeline.Country, Modifier: true}, true
	}
	if held && s.abbreviated(i) {
		// "Kelby, Ont., said": a dateline's province or state, written
		// as the stylebook abbreviates it, is no country.
		return Mention{Start: start, End: stop, Text: name, Name: name, Kind: timeline.Place}, true
	}
	if held && out[len(out)-1].Country == "" {
		out[len(out)-1].Country = slug(name) // "Dovrik, Norvia": Dovrik lies in Norvia
	}
	return Mention{Start: start, End: stop, Text: name, Name: name, Kind: timeline.Country, Modifier: owner}, true
}

// ownsPlace reports whether a capitalised run from k ends in a word for a
// region: "Kastel province" after "Norvia's".
func (s *sentence) ownsPlace(k int) bool {
	j := k
	for j < len(s.toks) && j-k < 3 && s.capName(j) {
		j++
	}
	return j > k && s.word(j) && placeNouns[s.lower(j)]
}

// ownsStateThing reports whether the words from k name what only a state
// has: "Aldria's ambassador", "Norvia's sovereignty", "Aldria's foreign
// ministry". (A president or a government may be a company's or a
// leader's.)
func (s *sentence) ownsStateThing(k int) bool {
	if !s.word(k) {
		return false
	}
	switch s.lower(k) {
	case "ambassador", "embassy", "sovereignty", "territory", "airspace", "border", "borders", "capital", "parliament":
		return true
	case "foreign", "defence", "defense", "interior":
		return s.word(k+1) && (s.lower(k+1) == "ministry" || s.lower(k+1) == "minister")
	case "armed":
		return s.word(k+1) && s.lower(k+1) == "forces"
	}
	return false
}

// collectiveNouns are the words for several states or places that a
// name before them qualifies: "neighbouring Gulf states".
var collectiveNouns = map[string]bool{"states": true, "countries": true, "nations": true, "provinces": true, "regions": true, "islands": true}

// demonym writes the adjective of a country the gazetteer lacks, by the
// commonest English pattern: "-a" and "-ia" take "-n" (Norvia → Norvian);
// other names stand as they are ("Norland government").
func demonym(name string) string {
	if strings.HasSuffix(name, "a") {
		return name + "n"
	}
	return name
}

// homeGovernment names the government that "the government" (or "the
// cabinet") left unresolved stands for: that of the country holding at
// least minHomeShare of the story's place mentions, counted over places
// whose country any document gives. Nothing changes when no country does.
func homeGovernment(g *gazetteer, docs [][]Mention) {
	placeOf := map[string]string{} // place name → country id
	names := map[string]string{}   // country id → name
	named := map[string]int{}      // country id → mentions of the country itself
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind == timeline.Country && m.Ref != "" {
				named[m.Ref]++
			}
			switch {
			case m.Kind == timeline.Place && m.Country != "":
				if _, ok := placeOf[strings.ToLower(m.Name)]; !ok {
					placeOf[strings.ToLower(m.Name)] = m.Country
				}
			case m.Kind == timeline.Country && m.Ref == "":
				names[slug(m.Name)] = m.Name
			}
		}
	}
	for _, ms := range docs {
		for k := range ms {
			// "in western Norvia" read as a place is the country named
			// elsewhere.
			if m := &ms[k]; m.Kind == timeline.Place && m.Ref == "" && names[slug(m.Name)] != "" {
				m.Kind, m.Country = timeline.Country, ""
			}
		}
	}
	counts := map[string]int{}
	total, home := 0, ""
	for _, ms := range docs {
		for k := range ms {
			if e := g.byID[ms[k].Ref]; e != nil && e.region {
				continue // "the government" of a story in California may be the state's
			}
			if c, ok := placeOf[strings.ToLower(ms[k].Name)]; ok && ms[k].Kind == timeline.Place && !ms[k].aside {
				counts[c]++
				total++
				if counts[c] > counts[home] || counts[c] == counts[home] && c < home {
					home = c
				}
			}
		}
	}
	if home == "" || counts[home] < minHomePlaces || float64(counts[home]) < minHomeShare*float64(total) {
		return
	}
	name, ref := "", ""
	if e := g.government[home]; e != nil {
		name, ref = e.name, e.id
	} else if n, ok := names[home]; ok {
		name = demonym(n) + " government"
	} else if e := g.byID[home]; e != nil && len(e.adj) > 0 && mostNamed(named, home) {
		// a state the gazetteer knows with no government of its own
		// there, and the state the story names most: the places of
		// a story set in Niamey, which the gazetteer lacks, are
		// Nigeria's Abuja, but its state is Niger
		name = e.adj[0] + " government"
	} else {
		return
	}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind == timeline.Organization && m.Ref == "" && (m.Name == "government" || m.Name == "cabinet") {
				m.Name, m.Ref, m.Country = name, ref, home
			}
		}
	}
}

const (
	minHomeShare  = 0.75 // of the place mentions whose country is known
	minHomePlaces = 3
)

// abbreviated reports whether token k is a word written with the full
// stop of an abbreviation: the stop right after it and a comma next.
func (s *sentence) abbreviated(k int) bool {
	return s.punct(k+1, '.') && s.toks[k+1].start == s.toks[k].end && s.punct(k+2, ',')
}

// mostNamed reports whether no country is named more often than home.
func mostNamed(named map[string]int, home string) bool {
	for _, n := range named {
		if n > named[home] {
			return false
		}
	}
	return true
}
