package actor

import "strings"

// portfolioHeads end the titles of which a government or a body has many
// ("health minister", "chief executive"): "the minister" or "the health
// minister" is the one person the document gives such a title.
var portfolioHeads = map[string]bool{"minister": true, "secretary": true, "governor": true, "mayor": true,
	"judge": true, "senator": true, "ambassador": true, "envoy": true, "executive": true, "chairman": true,
	"chairwoman": true, "commissioner": true, "coach": true, "manager": true, "director": true}

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
