package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// "It" as the subject of what a body reports is that body: "The agency
// said it was investigating the crash", "Norland announced it would close
// the border". The reading is English's default for a pronoun subject of
// a reported clause (and the one a reader takes), so only the reporting
// clause's own subject is taken, climbing through reported clauses
// (ccomp) and no other relation: in "asked the firm to withdraw auditors
// it had sent", "it" may be either body and stays unresolved. A person
// reporting ("Berg said it would rain") gives nothing, since a person is
// never "it".

// itReporter returns the organisation or country whose report the
// subject "it" at word j stands in, or -1.
func (p parsed) itReporter(j int) int {
	c := p.reportingSubject(j)
	if c < 0 {
		return -1
	}
	ref := p.actorAt(c)
	if ref < 0 || p.x.actors[ref].Modifier {
		return -1
	}
	if k := p.x.actors[ref].Kind; k == timeline.Organization || k == timeline.Country {
		return ref
	}
	return -1
}

// reportingSubject returns the subject, other than a pronoun, of the
// nearest clause above word j that j's clause is reported by (climbing
// ccomp only, three clauses at most), or -1.
func (p parsed) reportingSubject(j int) int {
	v := p.head(j)
	for hops := 0; v >= 0 && p.rel(v) == "ccomp" && hops < 3; hops++ {
		up := p.head(v)
		if up < 0 || up > v {
			return -1
		}
		for c := range p.s.Words {
			if c < j && p.head(c) == up && p.rel(c) == "nsubj" && p.word(c).UPOS != "PRON" {
				return c
			}
		}
		v = up
	}
	return -1
}

// "They" as the subject of what several named bodies or people report is
// all of them: "Egypt, Turkey and Jordan said they would send rescue
// teams". Only a reporting subject of coordinated names counts; a group
// "they" stands for is pluralRef's.

// coordinatedReporter returns the first of the coordinated subjects
// whose report the subject "they" at word j stands in, or -1.
func (p parsed) coordinatedReporter(j int) int {
	if !strings.EqualFold(p.word(j).Form, "they") || p.rel(j) != "nsubj" && p.rel(j) != "nsubj:pass" {
		return -1
	}
	if c := p.reportingSubject(j); c >= 0 && p.word(c).UPOS == "PROPN" && p.dependentOf(c, "conj") >= 0 {
		return c
	}
	return -1
}
