package extract

import "strings"

// auxiliaries are verb v's auxiliaries as written, in text order: "has
// been".
func (p parsed) auxiliaries(v int) string {
	var forms []string
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "aux" {
			forms = append(forms, p.word(k).Form)
		}
	}
	return strings.Join(forms, " ")
}

// verbPhrase is the verb with its auxiliaries, negation and particle, in
// text order: "did not attend", "stepped down", "will meet", a passive's
// state ("was found dead": without it the finding is all that is told),
// and the passive of belief or schedule it hangs from ("is expected to
// rule"), or the "help" it completes ("helped start": a bare "start" is
// no past).
func (p parsed) verbPhrase(v int) string {
	var words []string
	if h := p.head(v); h >= 0 && p.word(v).Deprel == "xcomp" && (p.raising(h) || strings.EqualFold(p.word(h).Lemma, "help")) {
		words = append(words, p.verbPhrase(h)) // "is expected", then "to rule"; "helped", then "start"
	}
	for k := range p.s.Words {
		if k == v {
			words = append(words, p.inlineForm(k))
			continue
		}
		if p.head(k) != v {
			continue
		}
		d := p.word(k).Deprel
		if (d == "aux" || d == "aux:pass" || d == "compound:prt" || d == "cop") ||
			d == "advmod" && k == v+1 && (particle(p.word(k).Form) || illWord(p.word(k).Form) || p.givesWay(v)) || // "came down", "fell ill", "gave way", parsed as adverbs
			d == "mark" && strings.EqualFold(p.word(k).Form, "to") && k < v || // "Herrec to testify"
			d == "xcomp" && k == v+1 && p.word(k).UPOS == "ADJ" && !p.beforeNoun(k) || // "was found dead", "was declared bankrupt"; "fell ill", "went missing": the verb alone tells a fall
			d == "advmod" && (strings.EqualFold(p.word(k).Form, "not") || p.word(k).Form == "n't" || strings.EqualFold(p.word(k).Form, "never")) {
			if f := p.inlineForm(k); len(words) == 0 || !strings.EqualFold(words[len(words)-1], f) {
				words = append(words, f) // once: "a driver who was with them was shot" hangs both on "shot"
			}
		}
	}
	if h := p.head(v); h >= 0 && p.rel(v) == "conj" && p.word(v).XPOS == "VB" && p.hasToMark(h) && !p.hasToMark(v) && !p.hasDependent(v, "aux") {
		// "to remain in his seat and accept his award": the second
		// infinitive shares the first one's "to".
		words = append([]string{"to"}, words...)
	}
	return strings.Join(words, " ")
}

// appendObject appends object j of verb v, named a, to a summary's parts
// whose last is v's phrase, keeping a particle written after the object
// there: "gave himself up", "called the strike off".
func (p parsed) appendObject(parts []string, v, j int, a string) []string {
	for k := j + 1; k < len(p.s.Words) && k <= j+4; k++ {
		if p.head(k) != v || p.word(k).Deprel != "compound:prt" {
			continue
		}
		if prt := " " + p.inlineForm(k); strings.HasSuffix(parts[len(parts)-1], prt) {
			parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], prt)
			a += prt
		}
		break
	}
	return append(parts, a)
}

// clitics are the contracted auxiliaries and negation, written out.
var clitics = map[string]string{"'ll": "will", "'re": "are", "'ve": "have", "'d": "would", "n't": "not", "'m": "am"}

// inlineForm is word k as written (a clitic written out), but for the capital a sentence's first
// word takes, which a summary that puts a name before it drops ("Opening
// the conference, Vasko …" gives "Vasko opening the conference").
func (p parsed) inlineForm(k int) string {
	f := p.word(k).Form
	if full, ok := clitics[strings.ReplaceAll(strings.ToLower(f), "’", "'")]; ok {
		if full == "would" && p.word(k).Lemma == "have" {
			return "had" // "he'd left"
		}
		return full // "’ll settle" is "will settle" once its subject is named apart
	}
	if k > 0 || p.word(k).UPOS == "PROPN" || len(f) < 2 || strings.ToUpper(f) == f {
		return f
	}
	return strings.ToLower(f[:1]) + f[1:]
}

// beforeNoun reports whether a noun or name follows word k: "detained
// former minister Kim" makes "former" no complement of "detained",
// whatever the parse says.
func (p parsed) beforeNoun(k int) bool {
	if k+1 >= len(p.s.Words) {
		return false
	}
	u := p.word(k + 1).UPOS
	return u == "NOUN" || u == "PROPN"
}
