package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A story names the bodies of its own country's government by their
// common names: a British story's "the Treasury" is HM Treasury, its
// "the Justice Department" the Ministry of Justice, its "parliament"
// Westminster; an American story's are those of Washington. The home
// country is read from the document, or failing it from the story: the
// country most of its places, states, demonyms and officials belong to
// ("the Bank of England in London", "British officials").
//
// A common name the gazetteer gives one country by default ("Treasury"
// is the US Treasury's) goes to another only with more: an office of a
// government with ministers, written with no state of its own ("the
// Chancellor, Helen Marsh", "Prime Minister Keir Starmer"), or the
// share of the places homeGovernment asks. An American story of
// sanctions names Russia as often as a Russian one does, but no minister
// of its own.

// minHomeVotes and minHomeVoteShare are what the home country must have
// of the mentions that name or lie in a country.
const (
	minHomeVotes     = 2
	minHomeVoteShare = 0.6
)

// countryVotes is what the mentions of a document or a story tell of its
// home country.
type countryVotes struct {
	counts map[string]int // country id → mentions that name or lie in it
	total  int
	places map[string]int // country id → the places among them
	placed int
	office bool // a minister or chancellor of no state written
}

func newVotes() countryVotes {
	return countryVotes{counts: map[string]int{}, places: map[string]int{}}
}

func (v *countryVotes) add(o countryVotes) {
	for c, n := range o.counts {
		v.counts[c] += n
	}
	for c, n := range o.places {
		v.places[c] += n
	}
	v.total += o.total
	v.placed += o.placed
	v.office = v.office || o.office
}

// home returns the country holding enough of the votes, or "": one vote
// is enough beside a minister of no state ("The Chancellor, Rachel
// Reeves, defended her plans in London").
func (v countryVotes) home() string {
	best := ""
	for c, n := range v.counts {
		if n > v.counts[best] || n == v.counts[best] && c < best {
			best = c
		}
	}
	least := minHomeVotes
	if v.office {
		least = 1
	}
	if best == "" || v.counts[best] < least || float64(v.counts[best]) < minHomeVoteShare*float64(v.total) {
		return ""
	}
	return best
}

// strong reports whether home holds the places homeGovernment asks:
// states named and officials of a state are as many in a story about
// that state as in one set there.
func (v countryVotes) strong(home string) bool {
	return v.places[home] >= minHomePlaces && float64(v.places[home]) >= minHomeShare*float64(v.placed)
}

// votesOf counts the countries the mentions ms name or place themselves
// in. A body named by its common name gives no vote (it is what the
// votes decide), nor does an outlet, which reports from anywhere, nor a
// region, whose own government "the government" of its story may be.
func votesOf(g *gazetteer, ms []Mention) countryVotes {
	v := newVotes()
	for k := range ms {
		m := &ms[k]
		if m.Tentative || m.aside {
			continue
		}
		if e := g.byID[m.Ref]; e != nil && (len(e.generic) > 0 || e.outlet || e.region) || isPolice(m) {
			continue // a story names other states' police too: "Italian police said"
		}
		c := m.Country
		if m.Kind == timeline.Country {
			c = m.Ref
			if c == "" {
				c = slug(m.Name)
			}
		}
		if c != "" {
			v.counts[c]++
			v.total++
		}
		if c != "" && m.Kind == timeline.Place {
			v.places[c]++
			v.placed++
		}
		if m.Kind == timeline.Person && m.Country == "" && ministerial(m.Role+" "+m.Title) {
			v.office = true
		}
	}
	return v
}

// ministerial reports whether a role names an office that a government
// with ministers has and the US government has not.
func ministerial(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch w {
		case "minister", "chancellor", "premier":
			return true
		}
	}
	return false
}

// homeBodies gives each common name of a body its home country's body:
// the document's home, else the story's.
func homeBodies(g *gazetteer, docs [][]Mention) {
	story := newVotes()
	per := make([]countryVotes, len(docs))
	for d, ms := range docs {
		per[d] = votesOf(g, ms)
		story.add(per[d])
	}
	storyHome := story.home()
	for d, ms := range docs {
		v, home := per[d], per[d].home()
		if home == "" {
			v, home = story, storyHome
		}
		if home == "" {
			continue
		}
		office := per[d].office || story.office
		for k := range ms {
			g.rehome(&ms[k], home, office || v.strong(home))
		}
	}
}

// rehome makes m, when a common name of a body, the body of home; one
// the gazetteer gives another country by default only when override.
func (g *gazetteer) rehome(m *Mention, home string, override bool) {
	if m.Kind != timeline.Organization || m.Tentative {
		return
	}
	written := m.Name
	if e := g.byID[m.Ref]; e != nil {
		written = strings.TrimPrefix(m.Text, "the ")
	}
	name := strings.ToLower(written)
	if e := g.byID[m.Ref]; e != nil {
		if e.country == home || !override || !containsString(e.generic, name) {
			return
		}
	} else if m.Ref != "" {
		return
	}
	if e := g.generic[genericKey{name, home}]; e != nil {
		m.Name, m.Ref, m.Country = e.name, e.id, home
		return
	}
	if e := g.government[home]; e != nil && m.Ref == "" && (name == "government" || name == "cabinet") {
		// what homeGovernment left: a document whose home its own
		// places, states and officials show, fewer than the story's
		m.Name, m.Ref, m.Country = e.name, e.id, home
		return
	}
	if m.Ref == "" {
		// "parliament", "Justice Ministry" of a country the gazetteer
		// has none for: a document whose home is its country's would
		// call it by another name than one whose home no mention shows.
		return
	}
	state := g.byID[home]
	if state == nil || len(state.adj) == 0 {
		return
	}
	m.Name, m.Ref, m.Country = state.adj[0]+" "+written, "", home // "Israeli Treasury"
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
