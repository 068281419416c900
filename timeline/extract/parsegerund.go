package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// gerundOffObject mends the deed a verb charges, blames, bars or talks its
// object into, when the parse hung the gerund on the object as the noun's
// own modifier: in "accused the company of waiting too long to warn
// parents" the parse made "the waiting company" the one accused and a
// doer of the warning. Word k, a gerund after the preposition such a verb
// takes, moves to the verb whose object it hangs on, where objectGerund
// reads it as what the object did.
func gerundOffObject(ws []language.Word, k int) {
	n := ws[k].Head - 1
	if ws[k].XPOS != "VBG" || ws[k].Deprel != "acl" || n < 0 || n > k || ws[n].Deprel != "obj" {
		return
	}
	v := ws[n].Head - 1
	if v < 0 || v > n || ws[v].UPOS != "VERB" {
		return
	}
	prep, ok := gerundPreposition[strings.ToLower(ws[v].Lemma)]
	if !ok {
		return
	}
	for j := n + 1; j < k; j++ {
		if ws[j].Head-1 == k && (ws[j].Deprel == "mark" || ws[j].Deprel == "case") && strings.EqualFold(ws[j].Form, prep) {
			ws[k].Head, ws[k].Deprel = v+1, "advcl"
			return
		}
	}
}

// gerundPreposition gives the preposition with which a verb takes what
// its object did or is to do: "accused them of", "blamed them for",
// "barred them from", "talked them into".
var gerundPreposition = map[string]string{
	"accuse": "of", "suspect": "of", "convict": "of", "acquit": "of", "clear": "of",
	"charge": "with",
	"blame":  "for", "criticise": "for", "criticize": "for", "fault": "for", "praise": "for",
	"thank": "for", "punish": "for", "fine": "for", "sue": "for", "arrest": "for",
	"ban": "from", "bar": "from", "prevent": "from", "stop": "from", "prohibit": "from", "block": "from", "deter": "from",
	"talk": "into", "pressure": "into", "force": "into", "trick": "into", "coerce": "into",
}
