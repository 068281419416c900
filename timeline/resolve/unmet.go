package resolve

// toldUnmet reports whether a document tells both events, each naming
// who did it, under kinds of two families, which the first pass never
// weighs against each other: "the FDIC seized the bank's assets" filed
// as an attack, "regulators rushed to seize the assets of the bank" as a
// legal step. The document did not tell them apart, the extractor's
// filing did, so its likeness to itself counts neither for nor against
// them. (Tellings that name no agent, "the cease-fire would leave
// Hamas", "allies leave the coalition", are no such pair: the first pass
// weighs them by place alone.)
func toldUnmet(a, b *cluster) bool {
	return a.fam != b.fam && len(a.agents()) > 0 && len(b.agents()) > 0 && shareDoc(a, b)
}
