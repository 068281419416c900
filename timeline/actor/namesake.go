package actor

import "github.com/storyline/storyline/timeline"

// A few states share a name with a region of another country: Georgia
// the country and the American state. The gazetteer reads the name as
// the state it lists first, and marks the region with namesake=; a
// document whose other places are in the region's country, and none in
// the state's, means the region ("four people in Florida, a child in
// Georgia").

// namesakes makes each mention of a state that has a namesake region the
// region, where the document names places of the region's country and
// nothing of the state's.
func namesakes(g *gazetteer, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		alt := g.namesakes[m.Ref]
		if alt == nil {
			continue
		}
		home, away := 0, 0
		for j := range ms {
			o := &ms[j]
			if o.Ref == m.Ref || o.Name == "" {
				continue
			}
			switch {
			case o.Country == m.Ref:
				away++ // "Tbilisi", "Georgian officials"
			case o.Country == alt.country && o.Kind == timeline.Place:
				home++ // "Florida", "Atlanta"
			}
		}
		if home > 0 && away == 0 {
			m.Ref, m.Name, m.Kind, m.Country = alt.id, alt.name, alt.kind, alt.country
		}
	}
}
