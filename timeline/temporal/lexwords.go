package temporal

// Words the lexicon holds for the search for a clause's tense and for the
// ends of sentences, rather than as parts of time expressions.

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

// futures and pasts are the words that most often tell a clause's tense.
var (
	futures = []string{"will", "shall", "'ll", "ll", "expected", "expects", "expect", "plans", "plan",
		"scheduled", "due", "upcoming", "planning", "preparing", "intends", "intend", "going", "set", "aims", "aim", "hopes", "hope", "would", "wants",
		"want", "threatens", "threaten"}
	pasts = []string{"said", "was", "were", "had", "did", "told", "met", "made", "took", "came", "went", "saw",
		"gave", "held", "spoke", "began", "left", "won", "lost", "fell", "rose", "sold", "bought", "led", "agreed",
		"announced", "reported", "called", "signed", "killed", "launched", "struck", "hit", "sent", "put", "got",
		"became", "brought", "thought", "knew", "found", "ran", "paid", "kept", "meant", "wrote", "flew", "fled",
		"closed", "ended", "traded", "posted", "earned", "slid", "jumped", "dropped", "climbed", "has", "have"}
)

// irregularPasts are more verbs in the past that do not end in -ed,
// besides the commonest in pasts: "On Thursday he spent
// several hours with Putin" is in the past. Those that are as often a
// noun or a present ("cut", "set", "read", "cost", "a bit", "the Fed",
// "Lent") are left out.
var irregularPasts = []string{
	"spent", "stood", "sat", "felt", "heard", "built", "drew", "drove", "grew", "threw", "chose",
	"shot", "fought", "caught", "sought", "broke", "swore", "withdrew", "sank", "rode", "forgot",
	"arose", "hid", "dealt", "dug", "slept", "swept", "shook", "stole", "tore",
	"undertook", "upheld", "withheld", "overtook", "understood", "bore", "wore", "blew", "froze",
	"forbade", "forgave", "rang", "sang", "swam", "woke", "wept", "fell", "flung",
}

// pastParticiples are participles in -n that say a deed is done: "the
// Christmas date first given in August", in an October article, is the
// August before, whatever the clause's "will" says of the launch. After
// a bare "be" they tell no tense ("will be given in December"; see
// passiveAfterBe). Those that as often tell an expectation or a state
// ("seen", "known", "done") are left out.
var pastParticiples = []string{
	"given", "taken", "written", "shown", "begun", "chosen", "spoken", "broken", "driven", "drawn",
	"grown", "thrown", "stolen", "hidden", "forgotten", "sworn", "torn", "risen", "fallen", "withdrawn",
	"undertaken", "forgiven", "flown", "shaken", "overtaken", "ridden", "beaten",
}

// scheduledPresents are verbs whose present tense with a day names a
// fixed plan: "the Senate votes Tuesday", "the leaders meet Monday", "the
// festival opens Saturday" are all to come (tenseOf drops them after
// "to", "not" or an auxiliary, and after a determiner, where they are
// nouns). Base forms as often a noun or an adjective ("on leave", "kept
// open", "the Senate vote") are left out.
var scheduledPresents = []string{
	"meet", "meets", "begin", "begins", "starts", "opens", "resume", "resumes", "votes", "arrive", "arrives",
	"leaves", "travels", "visits", "return", "returns", "convene", "convenes", "go", "goes", "host", "hosts",
	"heads", "face", "faces", "holds", "take", "takes", "closes",
	"expires", "expire", "concludes", "departs", "reopens", "testifies", "play", "plays",
}

// addCalendarWords adds the months, the weekdays (and their plurals,
// "on Mondays") and the units of time with their plurals.
func addCalendarWords() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		for j, n := range names {
			e := lexEntry{cls: wMonth, val: int8(i + 1), abbr: j > 0}
			if n == "may" || n == "march" || n == "mar" || n == "jan" || n == "sep" || n == "dec" || n == "jun" || n == "jul" || n == "aug" || n == "oct" || n == "nov" || n == "feb" || n == "apr" || n == "sept" {
				e.month = true
			}
			lexicon[n] = e
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range days {
		for j, n := range names {
			lexicon[n] = lexEntry{cls: wWeekday, val: int8(i), abbr: j > 0}
		}
		lexicon[names[0]+"s"] = lexEntry{cls: wWeekday, val: int8(i), plur: true} // "on Mondays": every Monday
	}
	units := []struct {
		u     int8
		words []string
	}{
		{uSecond, []string{"second"}},
		{uMinute, []string{"minute"}},
		{uHour, []string{"hour"}},
		{uDay, []string{"day"}},
		{uWeekend, []string{"weekend"}},
		{uWeek, []string{"week", "wk"}},
		{uMonth, []string{"month"}},
		{uQuarter, []string{"quarter"}},
		{uYear, []string{"year", "yr"}},
		{uDecade, []string{"decade"}},
		{uCentury, []string{"century"}},
	}
	for _, u := range units {
		for _, w := range u.words {
			lexicon[w] = lexEntry{cls: wUnit, val: u.u}
			pl := w + "s"
			if w == "century" {
				pl = "centuries"
			}
			lexicon[pl] = lexEntry{cls: wUnit, val: u.u, plur: true}
		}
	}
}

// addMoreWords adds the tense words, the abbreviations, the irregular
// pasts and the scheduled presents to the lexicon, before its table is
// built.
func addMoreWords() {
	for _, w := range abbreviations {
		if _, ok := lexicon[w]; !ok {
			lexicon[w] = lexEntry{abbr: true}
		}
	}
	// a word with a class of its own ("upcoming" is wUpcoming) keeps it
	for _, list := range [...]struct {
		words []string
		e     lexEntry
	}{
		{futures, lexEntry{cls: wTenseFuture, val: 2}},
		{pasts, lexEntry{cls: wTensePast, val: 1}},
		{irregularPasts, lexEntry{cls: wTensePast, val: 1}},
		{pastParticiples, lexEntry{cls: wTensePast, val: 1}},
		{scheduledPresents, lexEntry{cls: wTenseFuture, val: 1}},
	} {
		for _, w := range list.words {
			if _, ok := lexicon[w]; !ok {
				lexicon[w] = list.e
			}
		}
	}
}
