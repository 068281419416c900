package tokenize

// The word lists below were read off UD English EWT and GUM train: each
// entry is a form the treebanks treat differently from the general rules
// in tokenize.go. They are kept short; a form left out falls back on the
// general rule, which is right most of the time.

// abbrevs are the words that keep their final period as part of the token
// ("Dr.", "Inc.", "etc."), in lower case. Single letters ("J.") and dotted
// forms ("U.S.", "e.g.") are recognised by shape and need no entry. "no" is
// handled apart: it is an abbreviation only before a number.
var abbrevs = setOf(
	"mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "rev", "jr", "sr", "st", "sts", "esq",
	"inc", "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "hwy",
	"ste", "apt", "bldg", "etc", "vs", "al", "cf", "viz", "ca", "approx", "esp", "eg", "ie",
	"ibid", "op", "cit", "vol", "vols", "pp", "ed", "eds", "fig", "figs", "ch", "sec", "para",
	"nos", "ps", "ext", "tel", "attn", "est", "mins", "hrs", "hr", "yrs", "lbs", "lb", "oz",
	"sq", "pt", "pts", "qt", "misc", "govt", "intl", "natl", "div", "arrv", "mgr", "asst", "assoc",
)

// capAbbrevs are abbreviations only when capitalised, since in lower case
// they are also words that end sentences ("Wed." and "wed.", "Sun." and
// "sun.", "Ill." and "ill.").
var capAbbrevs = setOf(
	"gen", "gov", "sen", "rep", "reps", "lt", "col", "capt", "sgt", "cpl", "pvt", "hon", "fr",
	"pres", "supt", "cmdr", "adm", "maj", "brig", "mlle", "mme", "mt", "ft", "spec", "conf", "mob",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"cal", "calif", "fla", "penn", "tenn", "ariz", "colo", "conn", "okla", "wis", "ill", "mich", "minn",
	"ky", "la", "md", "mo", "nev", "que", "ont", "va", "vt", "ga", "ala", "ark", "kan", "neb", "mass",
)

// hyphenPrefixes are the prefixes that UD English keeps attached to the
// word they precede ("e-mail", "non-profit", "re-elected"). Any other
// hyphen between two words is a token of its own ("long - term").
var hyphenPrefixes = setOf(
	"non", "e", "re", "anti", "pre", "co", "pro", "cross", "mid", "post", "semi", "over",
	"counter", "ex", "multi", "sub", "mini", "psycho", "socio", "un", "inter", "intra",
	"micro", "macro", "ultra", "mega", "neo", "bi", "tri", "pseudo", "hyper", "arch", "mis",
)

// units split from a number written against them ("35mm" → 35 mm,
// "5pm" → 5 pm, "300USD" → 300 USD, "25bn" → 25 bn as GUM writes it);
// other letters after digits stay ("20th", "1970s", "4G",
// "220b"). The case matters: "4G" is a name, "4g" in EWT too.
var units = setOf(
	"am", "pm", "AM", "PM", "a.m", "p.m", "k", "K", "mm", "cm", "km", "m", "ft", "kg", "mg",
	"lb", "lbs", "oz", "ml", "mph", "kph", "hrs", "hr", "min", "mins", "sec", "secs", "yr", "yrs",
	"GB", "MB", "KB", "TB", "GHz", "MHz", "kHz", "Hz", "kW", "MW", "kWh", "MWh",
	"bn", "Btu", "BTU", "MMBtu", "MMBTU", "mmbtu", "Mcf", "bcf", "Bcf", "bbl", "bpd",
	"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR", "RUB",
)

// multipliers split from a number after a currency sign: "$2b", "$8M".
var multipliers = setOf("b", "bn", "m", "mn", "mm", "t", "tn", "k")

// contractions are written without an apostrophe but are still two or more
// syntactic words in UD English ("dont" → do nt, "gonna" → gon na). The
// value lists the byte lengths of the words after the first.
var contractions = map[string][]uint8{
	"dont": {2}, "cant": {2}, "wont": {2}, "didnt": {2}, "doesnt": {2}, "isnt": {2},
	"wasnt": {2}, "arent": {2}, "couldnt": {2}, "wouldnt": {2}, "shouldnt": {2},
	"havent": {2}, "hasnt": {2}, "hadnt": {2}, "werent": {2}, "aint": {2},
	"im": {1}, "ive": {2}, "youre": {2}, "theyre": {2}, "thats": {1}, "whats": {1},
	"theres": {1}, "youll": {2}, "youve": {2}, "theyve": {2}, "theyll": {2},
	"gonna": {2}, "wanna": {2}, "gotta": {2}, "outta": {2}, "cannot": {3},
	"lemme": {2}, "gimme": {2}, "dunno": {1, 2}, "lets": {1},
}

// capitalOnly are contractions that are also words in capitals ("IM" for
// instant message), so their all-capital form stays whole.
var capitalOnly = setOf("im", "ive", "wont", "cant", "thats")

// clitics are what follows the apostrophe of a contraction or possessive
// ("it's", "we're", "I've", "you'll", "I'd", "I'm").
var clitics = setOf("s", "re", "ve", "ll", "d", "m")

// leadingClitics are words that start with an apostrophe when written
// apart from their host ("'s", "'em", "'til").
var leadingClitics = setOf("s", "re", "ve", "ll", "d", "m", "em", "til", "cause", "tis", "twas", "n")

// emoticons are read as one token; those made of letters (":D") must not
// be followed by a letter.
var emoticons = []string{
	":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ":-|", ":-*", ";-)", ";-(", ";-D", ":'(", ":')", ">:(", ">:)",
	"^_^", "^^", "-_-", "o_O", "O_o", "T_T", "<3", "</3",
	":)", ":(", ":D", ":P", ":p", ":/", ":|", ":*", ":]", ":[", ":3", ":o", ":O", ";)", ";(", ";D", ";P",
	"=)", "=(", "=D", "=P", "=]", "(:", "):", "XD", "xD",
}

// tlds are the top-level domains that make a dotted word followed by a
// path a web address without its scheme ("amazon.com/books").
var tlds = setOf("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk",
	"us", "ca", "de", "fr", "au", "jp", "cn", "ru", "in", "eu", "ly", "me", "tv")

// afterIts and afterYoure are words that follow "it's" and "you're" but
// hardly ever the possessives "its" and "your"; after them, "its" and
// "your" are taken for the contractions written without an apostrophe.
var afterIts = setOf("not", "a", "an", "the", "really", "simply", "very", "like", "now", "definitely",
	"also", "only", "just", "all", "been", "so", "too", "ok", "okay", "here", "there", "about",
	"because", "still", "always", "never", "probably", "actually", "pretty", "quite", "gonna", "going",
	"getting", "called", "nothing", "time", "such", "what", "how", "kind", "sort", "hard", "good", "great", "ok")
var afterYoure = setOf("not", "gonna", "going", "welcome", "kidding", "being", "doing", "so", "very", "really",
	"a", "an", "the", "just", "probably", "still", "looking", "calling", "trying", "getting", "sure", "in", "on")

// schemes start web addresses.
var schemes = setOf("http", "https", "ftp", "ftps", "sftp", "file", "mailto", "news", "irc", "git", "ssh")

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// maxLex is the longest entry of the lists looked up by lower-cased form;
// longer forms are never looked up, so lower-casing needs no allocation.
const maxLex = 12

// in reports whether s, lower-cased, is in set. The lower-cased copy lives
// on the stack, and the map lookup of a converted byte slice does not
// allocate.
func in(set map[string]struct{}, s string) bool {
	var buf [maxLex]byte
	n, ok := lower(&buf, s)
	if !ok {
		return false
	}
	_, ok = set[string(buf[:n])]
	return ok
}

// lower writes the ASCII lower case of s into buf and reports false when s
// is too long or not ASCII, in which case it is in none of the lists.
func lower(buf *[maxLex]byte, s string) (int, bool) {
	if len(s) > maxLex {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, false
		}
		buf[i] = lowerASCII(c)
	}
	return len(s), true
}
