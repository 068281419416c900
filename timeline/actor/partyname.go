package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News names a party by its members in the plural as often as by its
// name: "the Liberal Democrats" are the Liberal Democratic Party, "the
// Republicans" the Republican Party, "the Greens" the Green Party, in
// one article or the next.

// joinPartyMembers joins a body named by a plural of members to the one
// party of the story whose name is the same words with the members'
// adjective and "Party" ("Free Democrats", "Free Democratic Party").
func (r *resolver) joinPartyMembers() {
	parties := map[string][]string{} // lower-case name without "Party" → records
	var plurals []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		name := rec.mentions[0].Name
		if base, ok := strings.CutSuffix(name, " Party"); ok && base != "" {
			w := strings.ToLower(base)
			if !slices.Contains(parties[w], k) {
				parties[w] = append(parties[w], k)
			}
			continue
		}
		if last := lastWord(name); len(last) > 2 && strings.HasSuffix(last, "s") && last[0] >= 'A' && last[0] <= 'Z' {
			plurals = append(plurals, k)
		}
	}
	if len(parties) == 0 {
		return
	}
	for _, k := range plurals {
		name := r.recs[k].mentions[0].Name
		member := strings.ToLower(strings.TrimSuffix(name, "s"))
		var to []string
		for _, base := range []string{member, member + "ic"} { // "Republicans", "Democrats" of "Democratic"
			for _, o := range parties[base] {
				if root := r.find(o); !slices.Contains(to, root) {
					to = append(to, root)
				}
			}
		}
		if len(to) == 1 && to[0] != r.find(k) {
			r.union(to[0], k)
		}
	}
}
