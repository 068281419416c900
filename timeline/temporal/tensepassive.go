package temporal

import "strings"

// presentPassive reports whether the word in -ed at token k is a present
// passive, which with a time tells what is scheduled: "faces 20 years
// in prison when he is sentenced in July", "the report is published on
// Monday". Not a passive that reports what someone did before ("is
// accused of stealing cars in July"), nor one read as a state.
func (p *parser) presentPassive(k int) bool {
	return (p.is(k-1, "is") || p.is(k-1, "are")) && !reportingPassives[p.lower(k)]
}

// reportingPassives are the participles whose present passive tells what
// is said or thought of a deed already done.
var reportingPassives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`accused alleged charged suspected believed thought reported rumored rumoured
		claimed feared presumed understood considered estimated based located concerned involved married
		required needed allowed banned closed`) {
		reportingPassives[w] = true
	}
}
