package actor

import "strings"

// portfolioHeads end the titles of which a government or a body has many
// ("health minister", "chief executive"), or the parts a person plays in
// a story ("suspect", "victim", "lawyer"): "the minister" or "the
// health minister" is the one person the document gives such a title.
var portfolioHeads = map[string]bool{"minister": true, "secretary": true, "governor": true, "mayor": true,
	"judge": true, "senator": true, "ambassador": true, "envoy": true, "executive": true, "chairman": true,
	"chairwoman": true, "commissioner": true, "coach": true, "manager": true, "director": true,
	"suspect": true, "victim": true, "lawyer": true,
	"owner": true, "founder": true}

// describing reports whether a lower-case word before a title describes
// its holder: "the embattled minister", "the outgoing governor".
func describing(w string) bool {
	if adjectiveLike(w) {
		return true
	}
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// portfolio reports whether a role is an office of a portfolio head the
// description names with fewer words: "Health Minister" is "the
// minister"; "Deputy Health Minister" is not "the health minister"'s.
func portfolio(role, office string) bool {
	r := strings.ToLower(role)
	if !portfolioHeads[lastWord(office)] || r == office || !strings.HasSuffix(r, " "+office) {
		return false
	}
	for w := range strings.FieldsSeq(strings.TrimSuffix(r, " "+office)) {
		switch w {
		case "deputy", "vice", "assistant", "former", "acting", "junior", "shadow":
			return false
		}
	}
	return true
}

// portfolioIn reports whether a role is an office of a portfolio head
// held in a body: "chief executive of Varna Hydro" is "the chief
// executive" of a document that names no other.
func portfolioIn(role, office string) bool {
	return portfolioHeads[lastWord(office)] && len(role) > len(office)+4 &&
		strings.EqualFold(role[:len(office)+4], office+" of ")
}

// formalTitles are the titles news capitalises before a name wherever it
// stands ("President", "Minister", "Judge"); others ("owner", "manager",
// "chief executive") are capitalised only to open a sentence.
var formalTitles = map[string]bool{"president": true, "vice-president": true, "minister": true, "secretary": true,
	"secretary-general": true, "chancellor": true, "premier": true, "senator": true, "sen": true, "rep": true,
	"representative": true, "congressman": true, "congresswoman": true, "governor": true, "governor-general": true,
	"mayor": true, "king": true, "queen": true, "prince": true, "princess": true, "emir": true, "sheikh": true,
	"pope": true, "ayatollah": true, "marshal": true, "colonel": true, "lieutenant": true, "captain": true,
	"major": true, "admiral": true, "sergeant": true, "general": true, "commander": true, "speaker": true,
	"judge": true, "justice": true, "ambassador": true, "commissioner": true, "sheriff": true, "constable": true,
	"superintendent": true, "inspector": true, "detective": true, "patriarch": true, "metropolitan": true,
	"archbishop": true, "bishop": true, "cardinal": true, "dean": true, "provost": true, "rector": true,
	"chaplain": true, "alderman": true, "councillor": true, "councilor": true, "councilman": true,
	"councilwoman": true, "assemblyman": true, "assemblywoman": true, "consul": true, "president-elect": true,
	"mayor-elect": true, "premier-elect": true, "trooper": true, "coroner": true, "magistrate": true, "warden": true,
	"prosecutor": true, "director-general": true, "ombudsman": true}
