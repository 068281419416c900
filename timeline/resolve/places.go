package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// placeRanks describes the interned places (lower-case names, as the
// tellings give them) for placesApart: which name a country, and the
// country each lesser place lies in when the actors say so.
type placeRanks struct {
	country []bool
	// within is a lesser place's country: its place id, unknownCountry
	// when the actors do not say, elsewhereCountry when they name one
	// no telling gives as a place.
	within []int32
}

const (
	unknownCountry   = -1
	elsewhereCountry = -2
)

// placeRanksOf describes the interned place names from the resolved
// actors (Options.Actors), whose names the tellings' places are.
func placeRanksOf(names []string, actors []timeline.Actor) placeRanks {
	byName := make(map[string]*timeline.Actor, len(actors))
	nameOf := make(map[string]string, len(actors))
	for i := range actors {
		a := &actors[i]
		byName[strings.ToLower(a.Name)] = a
		nameOf[a.ID] = strings.ToLower(a.Name)
	}
	idOf := make(map[string]int32, len(names))
	for i, n := range names {
		idOf[n] = int32(i)
	}
	r := placeRanks{country: make([]bool, len(names)), within: make([]int32, len(names))}
	for i, n := range names {
		r.within[i] = unknownCountry
		a := byName[n]
		switch {
		case a == nil:
		case a.Kind == timeline.Country:
			r.country[i] = true
		case a.Country != "":
			r.within[i] = elsewhereCountry
			if id, ok := idOf[nameOf[a.Country]]; ok {
				r.within[i] = id
			}
		}
	}
	return r
}

// placesApart reports whether two events' places, sharing none, say
// they are two events: when no place of one may lie in a place of the
// other. A country and a town of it are one place seen from far and
// near ("the quake in Morocco", "the quake in Al Haouz"), and the
// gazetteer knows few provinces' countries: a town whose country is not
// known may lie in any. Two towns, or two countries, are two places.
func (r *placeRanks) placesApart(a, b []int32) bool {
	for _, x := range a {
		for _, y := range b {
			if r.mayNest(x, y) || r.mayNest(y, x) {
				return false
			}
		}
	}
	return true
}

// mayNest reports whether place y may lie in country x.
func (r *placeRanks) mayNest(x, y int32) bool {
	if int(x) >= len(r.country) || int(y) >= len(r.country) || !r.country[x] || r.country[y] {
		return false
	}
	return r.within[y] == unknownCountry || r.within[y] == x
}
