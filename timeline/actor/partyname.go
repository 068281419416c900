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
// adjective and "Party" ("Free Democrats", "Free Democratic Party"), or
// another word for a party after one word ("the Greens" of the "Green
// Alliance").
func (r *resolver) joinPartyMembers() {
	parties := map[string][]string{}   // lower-case name without "Party" → records
	alliances := map[string][]string{} // lower-case word before another head → records
	var plurals []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		name := rec.mentions[0].Name
		if base, party, ok := partyBase(name); ok {
			w, in := strings.ToLower(base), parties
			if !party {
				in = alliances // the members' only when no "Party" has them
			}
			if !slices.Contains(in[w], k) {
				in[w] = append(in[w], k)
			}
			continue
		}
		if last := lastWord(name); len(last) > 2 && strings.HasSuffix(last, "s") && last[0] >= 'A' && last[0] <= 'Z' {
			plurals = append(plurals, k)
		}
	}
	if len(parties) == 0 && len(alliances) == 0 {
		return
	}
	for _, k := range plurals {
		name := r.recs[k].mentions[0].Name
		member := strings.ToLower(strings.TrimSuffix(name, "s"))
		var to []string
		for _, base := range []string{member, member + "ic"} { // "Republicans", "Democrats" of "Democratic"
			named := parties[base]
			if len(named) == 0 {
				named = alliances[base]
			}
			for _, o := range named {
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

// allianceHeads are the words other than "Party" that end a party's
// name: "Green Alliance", "National Front", "Democratic League".
var allianceHeads = map[string]bool{"Alliance": true, "Front": true, "League": true, "Movement": true, "Coalition": true, "Bloc": true}

// partyBase returns the words of a party's name before its head: all
// before "Party", or the one word before another head ("Green" of "Green
// Alliance": a longer name, "Alliance for Progress", "Northern Farmers
// League", is read by its members no more often than by its initials).
// It reports too whether the head is "Party".
func partyBase(name string) (base string, party, ok bool) {
	if base, ok := strings.CutSuffix(name, " Party"); ok && base != "" {
		return base, true, true
	}
	first, head, ok := strings.Cut(name, " ")
	if !ok || !allianceHeads[head] || !properName(first) {
		return "", false, false
	}
	return first, false, true
}
