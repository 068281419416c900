package ingest

// The words the sentence splitter reads around a full stop.

// titles come before a name and never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "mme": true, "dr": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "maj": true,
	"capt": true, "cpt": true, "sgt": true, "cpl": true, "adm": true, "cmdr": true, "brig": true,
	"rev": true, "hon": true, "pres": true, "supt": true, "insp": true, "det": true, "fr": true, "drs": true, "attn": true,
	"st": true, "mt": true, "ft": true, "amb": true, "atty": true, "gens": true, "sens": true, "reps": true,
}

// monthAbbrevs are the shortened month names ("Feb. 14").
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// dayAbbrevs are the shortened names of the days ("on Sat. the club").
var dayAbbrevs = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
}

// numberAbbrevs stand before a number: "No. 2", "Vol. 3".
var numberAbbrevs = map[string]bool{"no": true, "nos": true, "vol": true, "pp": true, "art": true, "para": true, "ch": true, "op": true}

// alwaysAbbrevs never end a sentence.
var alwaysAbbrevs = map[string]bool{"vs": true, "cf": true, "approx": true, "ca": true, "viz": true, "al": true, "incl": true}

// endingAbbrevs may end a sentence as well as sit inside one.
var endingAbbrevs = map[string]bool{
	"etc": true, "inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true,
	"bros": true, "dept": true, "univ": true, "est": true, "govt": true, "intl": true, "plc": true,
	"ave": true, "blvd": true, "rd": true, "hwy": true,
}

// opensSentence reports whether rest starts with a word that typically
// opens a sentence, for the cases where a full stop is ambiguous ("the
// U.S. The talks" against "the U.S. President").
func opensSentence(rest string) bool {
	w := rest
	for i := 0; i < len(rest); i++ {
		if !isASCIILetter(rest[i]) {
			w = rest[:i]
			break
		}
	}
	return sentenceOpeners[w]
}

var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"But": true, "And": true, "Or": true, "So": true, "Yet": true, "In": true, "On": true,
	"At": true, "For": true, "After": true, "Before": true, "When": true, "While": true,
	"As": true, "If": true, "Although": true, "Though": true, "However": true,
	"Meanwhile": true, "Still": true, "Some": true, "Many": true, "Most": true, "Both": true,
	"Officials": true, "Asked": true, "Since": true, "Then": true, "Now": true, "Earlier": true,
	"Later": true, "What": true, "Why": true, "How": true, "Who": true, "Such": true,
	"Please": true, "Thanks": true, "Thank": true, "Here": true, "Where": true, "See": true,
	"Let": true, "My": true, "Your": true, "Do": true, "Does": true, "Did": true, "Can": true,
	"Could": true, "Would": true, "Should": true, "Is": true, "Are": true, "Was": true,
	"Were": true, "Also": true, "Overall": true,
}
