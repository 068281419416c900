package tokenize

import (
	"strings"
	"testing"
)

// show renders a tokenisation as tokens joined by " | " and the words of a
// multiword token joined by "+".
func show(text string, toks []Token, words []Word) string {
	var b strings.Builder
	w := 0
	for i, t := range toks {
		if i > 0 {
			b.WriteString(" | ")
		}
		first := true
		for ; w < len(words) && words[w].Token == i; w++ {
			if !first {
				b.WriteByte('+')
			}
			b.WriteString(text[words[w].Start:words[w].End])
			first = false
		}
		if first {
			b.WriteString("<no word: " + text[t.Start:t.End] + ">")
		}
	}
	return b.String()
}

func tokenize(text string) string {
	toks, words := Append(text, 0, len(text), nil, nil)
	return show(text, toks, words)
}

type tcase struct{ in, want string }

func run(t *testing.T, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		if got := tokenize(c.in); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestContractions(t *testing.T) {
	run(t, []tcase{
		{"I don't know.", "I | do+n't | know | ."},
		{"It can't be, won't be.", "It | ca+n't | be | , | wo+n't | be | ."},
		{"We're here, they've gone, I'll go, he'd say, I'm in.", "We+'re | here | , | they+'ve | gone | , | I+'ll | go | , | he+'d | say | , | I+'m | in | ."},
		{"it’s fine, don’t", "it+’s | fine | , | do+n’t"},
		{"mama`s house", "mama+`s | house"},
		{"couldn't've", "could+n't+'ve"},
		{"dont cant wont didnt", "do+nt | ca+nt | wo+nt | did+nt"},
		{"Im sure ive seen it", "I+m | sure | i+ve | seen | it"},
		{"gonna wanna gotta cannot dunno", "gon+na | wan+na | got+ta | can+not | du+n+no"},
		{"Cannot DONT", "Can+not | DO+NT"},
		{"IM me", "IM | me"},
		{"Lets go, he lets me", "Let+s | go | , | he | lets | me"},
		{"its not fair, its tail", "it+s | not | fair | , | its | tail"},
		{"O'Brien and L'Enfant", "O'Brien | and | L'Enfant"},
		{"the 1990's", "the | 1990's"},
		{"rock 'n' roll", "rock | 'n | ' | roll"},
		{"see 'em in '99", "see | 'em | in | '99"},
		{"y'all", "y'all"},
		{"n't", "n't"},
	})
}

func TestPossessives(t *testing.T) {
	run(t, []tcase{
		{"Bush's plan", "Bush+'s | plan"},
		{"the parents' rights", "the | parents+' | rights"},
		{"James’ book", "James+’ | book"},
		{"PG&E's rates", "PG&E+'s | rates"},
		{"'the players' union'", "' | the | players | ' | union | '"},
		{"cookin' good", "cookin' | good"},
	})
}

func TestHyphens(t *testing.T) {
	run(t, []tcase{
		{"long-term plans", "long | - | term | plans"},
		{"e-mail, non-profit, re-elected, co-op", "e-mail | , | non-profit | , | re-elected | , | co-op"},
		{"a well-known self-made man", "a | well | - | known | self | - | made | man"},
		{"call 713-853-3989 or 345-9945", "call | 713-853-3989 | or | 345-9945"},
		{"1-800-991-9019", "1-800-991-9019"},
		{"on 11-20-2000.", "on | 11-20-2000 | ."},
		{"mail mhain@ISO-NE.com or Move-Team@ENRON, a long-term", "mail | mhain@ISO-NE.com | or | Move-Team@ENRON | , | a | long | - | term"}, // a mail address keeps its hyphens
		{"on 01-Feb-02 and 7-Mar-2025.", "on | 01-Feb-02 | and | 7-Mar-2025 | ."},                                                             // day, month, year
		{"a 5-May-based firm, Back-Jan-02", "a | 5 | - | May | - | based | firm | , | Back | - | Jan | - | 02"},
		{"1991-1992 and 5-10", "1991 | - | 1992 | and | 5 | - | 10"},
		{"wait -- no", "wait | -- | no"},
		{"wait--no", "wait | -- | no"},
		{"th- the", "th- | the"},
		{"pre- and post-war", "pre- | and | post-war"},
	})
}

func TestAbbreviations(t *testing.T) {
	run(t, []tcase{
		{"Dr. Smith of Acme Inc. met Mr. Jones.", "Dr. | Smith | of | Acme | Inc. | met | Mr. | Jones | ."},
		{"The U.S. and the U.K. agreed.", "The | U.S. | and | the | U.K. | agreed | ."},
		{"He lives in the U.S.", "He | lives | in | the | U.S | ."},
		{"fruit, e.g. apples, i.e. food", "fruit | , | e.g. | apples | , | i.e. | food"},
		{"at 10 a.m. sharp", "at | 10 | a.m. | sharp"},
		{"J. R. R. Tolkien", "J. | R. | R. | Tolkien"},
		{"pens, paper, etc.", "pens | , | paper | , | etc | ."},
		{"pens, etc. and more", "pens | , | etc. | and | more"},
		{"No. 5 and no.", "No. | 5 | and | no | ."},
		{"Sept. 11", "Sept. | 11"},
		{"I was ill. Then", "I | was | ill | . | Then"},
		{"the end.", "the | end | ."},
		{"(see Fig. 3.)", "( | see | Fig. | 3 | . | )"},
		{"Inc..", "Inc. | ."},
		{"He said \"etc.\"", "He | said | \" | etc | . | \""},
	})
}

func TestNumbers(t *testing.T) {
	run(t, []tcase{
		{"1,000 people and 12,345,678.90 dollars", "1,000 | people | and | 12,345,678.90 | dollars"},
		{"1,2,3", "1 | , | 2 | , | 3"},
		{"$5 and $1.5m and $2b", "$ | 5 | and | $ | 1.5 | m | and | $ | 2 | b"},
		{"50% or 3.5%", "50 | % | or | 3.5 | %"},
		{"€20 and £3", "€ | 20 | and | £ | 3"},
		{"at 10:30 or 7:30pm or 5pm", "at | 10:30 | or | 7:30 | pm | or | 5 | pm"},
		{"on 3/4/2025 and 9/11", "on | 3/4/2025 | and | 9/11"},
		{"1/2 cup", "1 | / | 2 | cup"},
		{"35mm and 4G and 20th and 1970s", "35 | mm | and | 4G | and | 20th | and | 1970s"},
		{"cost 300USD for 4,500MMBtu, or 2bn", "cost | 300 | USD | for | 4,500 | MMBtu | , | or | 2 | bn"},
		{"Dr.Anna Berg of Ft.Worth met J.Dahl's aide, not J.Dahl@mail.com or M.Sc or U.S.", "Dr. | Anna | Berg | of | Ft. | Worth | met | J. | Dahl+'s | aide | , | not | J.Dahl@mail.com | or | M.Sc | or | U.S | ."},
		{"-5 degrees", "- | 5 | degrees"},
		{"call +44 20", "call | +44 | 20"},
		{"it costs .5 or 0.5", "it | costs | .5 | or | 0.5"},
		{"1. First", "1 | . | First"},
		{"#1 fan", "# | 1 | fan"},
	})
}

func TestWebAndSocial(t *testing.T) {
	run(t, []tcase{
		{"see http://example.com/a?b=c&d=e.", "see | http://example.com/a?b=c&d=e | ."},
		{"(https://en.wikipedia.org/wiki/Go_(language))", "( | https://en.wikipedia.org/wiki/Go_(language) | )"},
		{"visit www.risk-conferences.com/risk2001, now", "visit | www.risk-conferences.com/risk2001 | , | now"},
		{"amazon.com/books!", "amazon.com/books | !"},
		{"<http://a.b/c>", "< | http://a.b/c | >"},
		{"mail carol.st.clair@enron.com or <j@x.org>.", "mail | carol.st.clair@enron.com | or | < | j@x.org | > | ."},
		{"franz...@gmail.com", "franz...@gmail.com"},
		{"mailto:me@x.org", "mailto:me@x.org"},
		{"@jack said #GoTeam", "@jack | said | #GoTeam"},
		{"price @ 2.975", "price | @ | 2.975"},
		{"ENRON.XLS and file.doc", "ENRON.XLS | and | file.doc"},
	})
}

func TestEmoticonsAndSymbols(t *testing.T) {
	run(t, []tcase{
		{"great :) see you :-( ;) <3", "great | :) | see | you | :-( | ;) | <3"},
		{"ok :D. Done:)", "ok | :D | . | Done | :)"},
		{"XD ^_^ -_-", "XD | ^_^ | -_-"},
		{"Dear:Do", "Dear | : | Do"},
		{"==> ----- *** <<", "==> | ----- | *** | <<"},
		{"a <> b", "a | < | > | b"},
		{"AT&T and Q&A and B & W", "AT&T | and | Q&A | and | B | & | W"},
		{"f*ed up", "f*ed | up"},
		{"👍🏽 and ☎️ and 👨‍👩‍👧", "👍🏽 | and | ☎️ | and | 👨‍👩‍👧"},
		{"and/or w/o w/it", "and | / | or | w/o | w/ | it"},
	})
}

func TestPunctuation(t *testing.T) {
	run(t, []tcase{
		{"Wait... what?!", "Wait | ... | what | ?!"},
		{"No!!! Really???", "No | !!! | Really | ???"},
		{"so…", "so | …"},
		{"hm...?", "hm | ... | ?"},
		{"what.?", "what | .?"},
		{"He said, \"Go.\"", "He | said | , | \" | Go | . | \""},
		{"“Yes,” she said — twice – (maybe).", "“ | Yes | , | ” | she | said | — | twice | – | ( | maybe | ) | ."},
		{"``quoted''", "`` | quoted | ''"},
		{"((nested))", "( | ( | nested | ) | )"},
		{"[...] a; b: c", "[ | ... | ] | a | ; | b | : | c"},
		{"‘single’ quotes", "‘ | single | ’ | quotes"},
		{"'single' quotes", "' | single | ' | quotes"},
		{"end.The", "end.The"},
	})
}

func TestScripts(t *testing.T) {
	run(t, []tcase{
		{"Łódź and Zürich", "Łódź | and | Zürich"},
		{"Москва, Россия.", "Москва | , | Россия | ."},
		{"東京 (樋口)", "東京 | ( | 樋口 | )"},
		{"حديد زها", "حديد | زها"},
		{"naïve café", "naïve | café"},
		{"Putin’s Kremlin and Erdoğan's", "Putin+’s | Kremlin | and | Erdoğan+'s"},
		{"nbsp\u00a0here\u200bthere", "nbsp | here | there"},
	})
}

func TestBadInput(t *testing.T) {
	run(t, []tcase{
		{"", ""},
		{"   \n\t ", ""},
		{"caf\xe9 ok", "caf\xe9 | ok"},
		{"\xff\xfe", "\xff\xfe"},
		{"!!!!!!!!!!", "!!!!!!!!!!"},
		{"-", "-"},
		{"'", "'"},
		{"a'", "a | '"},
		{"s'", "s | '"},
	})
}

func TestSpanArguments(t *testing.T) {
	text := "Hello world. Don't stop."
	toks, words := Append(text, 13, len(text), nil, nil)
	if got := show(text, toks, words); got != "Do+n't | stop | ." {
		t.Errorf("second sentence: got %s", got)
	}
	if toks[0].Start != 13 {
		t.Errorf("offsets are into the whole text: got %d, want 13", toks[0].Start)
	}
	// Appending keeps what was there and numbers tokens on.
	toks, words = Append(text, 0, 12, toks, words)
	if len(toks) != 6 || words[len(words)-1].Token != 5 {
		t.Errorf("append: %d tokens, last word of token %d", len(toks), words[len(words)-1].Token)
	}
	for _, c := range [][2]int{{-5, 5}, {5, 1000}, {20, 3}, {1000, 2000}} {
		toks, _ := Append(text, c[0], c[1], nil, nil)
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
				t.Errorf("Append(%d, %d): token %v out of range", c[0], c[1], tk)
			}
		}
	}
}
