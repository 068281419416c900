package tagger

// romanNumeral retags as a cardinal number a Roman numeral that counts
// the capitalised noun before it, as the treebanks tag it ("World War I",
// "Chapter IV", "Parts I through IV"): the tagger
// read "I" there as the pronoun, the subject of whatever verb followed
// ("World War I ended in 1918"), and the longer numerals as nouns. A
// numeral counts after a noun that numbers the parts of something, or
// "World War", and after "and", "or", "through", "to" or a comma that
// follows such a numeral; after any other capitalised word "I" is the
// pronoun ("On Monday I left"), and after a name the tagger mostly reads
// the numeral as a number already ("Queen Elizabeth II"), while retagging
// the rest made the parser attach "Pope Benedict XVI" worse.
func (t *Tagger) romanNumeral(words []string) {
	if t.m.cardinal == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		w, prev := words[i], words[i-1]
		if !romanNumerals[w] || t.cls[i+2] == t.m.cardinal {
			continue
		}
		counts := enumerators[prev] || (prev == "War" && i >= 2 && words[i-2] == "World")
		joined := numeralJoiners[prev] && i >= 2 && romanNumerals[words[i-2]] && t.cls[i+1] == t.m.cardinal
		if counts || joined {
			t.retag(i, t.m.cardinal)
		}
	}
}

// romanNumerals are the numerals read as numbers; "V", "X" and "L" alone
// are letters as often ("Plan B or plan V").
var romanNumerals = map[string]bool{
	"I": true, "II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true,
	"IX": true, "XI": true, "XII": true, "XIII": true, "XIV": true, "XV": true, "XVI": true,
}

// enumerators are the nouns that a numeral after them numbers.
var enumerators = map[string]bool{
	"Part": true, "Parts": true, "Chapter": true, "Chapters": true, "Article": true, "Articles": true,
	"Title": true, "Phase": true, "Stage": true, "Volume": true, "Book": true, "Section": true,
	"Act": true, "Class": true, "Category": true, "Schedule": true, "Appendix": true, "Annex": true,
	"Division": true, "Tier": true, "Level": true, "Type": true, "Grade": true, "Round": true,
}

// numeralJoiners join a numeral to the one before it: "I and II", "I
// through IV", "I, II".
var numeralJoiners = map[string]bool{"and": true, "or": true, "through": true, "to": true, ",": true, "-": true}
