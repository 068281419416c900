package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Business news names a company once and then calls it "the company" or
// "the firm" ("Delmont Energy said it would cooperate … The company's
// shares fell 9 percent"), and sports news a club "the club". No name ends in those nouns, so the sieve of
// same-noun descriptions (resolveInstitutions) misses them; they stand for
// the nearest organisation before them named by a proper name that is no
// public body.

// firmNouns are the descriptions that stand for a company or a club named
// before.
var firmNouns = map[string]bool{"company": true, "firm": true, "club": true}

// publicBodies end the names of bodies that are no company: "the company"
// after "the Health Ministry" is some other company.
var publicBodies = map[string]bool{"ministry": true, "department": true, "government": true, "council": true, "court": true,
	"police": true, "parliament": true, "agency": true, "commission": true, "committee": true, "union": true, "party": true,
	"university": true, "army": true, "navy": true, "office": true, "senate": true, "congress": true, "assembly": true,
	"authority": true, "board": true, "tribunal": true, "service": true, "institute": true}

// firmBefore returns the company that the description at in stands for,
// or nil.
func firmBefore(ms []Mention, in instMention) *Mention {
	if !in.definite {
		return nil
	}
	for j := in.at - 1; j >= 0; j-- {
		o := &ms[j]
		if o.Kind != timeline.Organization || o.Name == "" || o.Name == strings.ToLower(o.Name) {
			continue // a body named by a common noun: "the ministry"
		}
		if publicBodies[strings.ToLower(lastWord(o.Name))] {
			return nil // the nearest is a public body: the company is another
		}
		return o
	}
	return nil
}
