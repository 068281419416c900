package temporal

// Abbreviations that take a full stop inside a sentence: titles before a
// name, "vs." and the AP's state abbreviations. Their stop does not end
// the sentence, so the search for a clause's tense reads on past "the Roe
// vs. Wade decision" or "Birmingham, Ala., killed". Words that often end
// a sentence ("Inc.", "Corp.", "Jr.") or are words too ("Ill.", "Miss.",
// "Ore.") are left out, and so are those the lexicon already holds ("St"
// is an ordinal suffix there).
var abbreviations = []string{
	"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj", "adm",
	"cmdr", "rev", "prof", "mt", "ft", "vs",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ind", "kan", "ky",
	"md", "mich", "minn", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "va", "vt", "wis", "wyo",
}

// addAbbreviations marks the abbreviations in the lexicon, before its
// table is built.
func addAbbreviations() {
	for _, w := range abbreviations {
		if _, ok := lexicon[w]; !ok {
			lexicon[w] = lexEntry{abbr: true}
		}
	}
}
