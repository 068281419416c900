package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// TestRepairParse: after a fronted phrase of time or place, the noun
// phrase before a verb with no subject is its subject, and so is the noun
// after "after" or "before" right before one; a parse that already has a
// subject is left alone.
func TestRepairParse(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, subject, verb string // subject "": the verb's parse is kept as it is
	}{
		{"On the same day, an appeals court in Ostburg rejected Carl Dahl's request to be released.", "court", "rejected"},
		{"At a hearing on Thursday, Judge Anna Berg of the Ostburg District Court charged Carl Dahl with fraud and ordered him detained.", "Anna", "charged"},
		{"In a statement on Monday, the ministry denied the report.", "ministry", "denied"},
		{"When police arrived, the crowd left.", "", "left"},
		{"Shares fell 60% on Wednesday after the bank disclosed a $700 million loss.", "bank", "disclosed"},
		{"Talks stalled after the vote on Monday.", "", "stalled"},
		{"The vote was called in February after Varga lost a confidence vote.", "Varga", "lost"},
		{"Inflation reached 9.4 percent in May, the statistics office said on Tuesday.", "office", "said"},
		{"Inflation reached 9.4 percent in May, and the office said nothing.", "", "said"},
		{"The fire, which started on Saturday near a campground, had burned 12,000 acres.", "fire", "burned"},
		{"Carl Dahl, who appeared in handcuffs, denied the charges.", "Carl", "denied"},
		{"Health workers began vaccinating residents as the death toll from the outbreak rose to 47.", "toll", "rose"},
		{"Anna Berg declared a state of emergency on Tuesday as the fire more than doubled in size overnight.", "fire", "doubled"},
		{"Governor Anna Berg declared a state of emergency in Ostburg County on Tuesday as the Cedar Creek Fire more than doubled in size overnight.", "Fire", "doubled"},
		{"Investigators are examining whether a power line owned by Sierra Power & Light sparked the fire, officials said on Thursday.", "line", "sparked"},
		{"Investigators are examining whether a power line owned by the utility sparked the fire.", "line", "sparked"},
		{"The Constitutional Court on Tuesday upheld parliament's impeachment of Carl Dahl, permanently removing him from the presidency.", "Court", "upheld"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			skipMisparsed(t)
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			sents := analyzer.Analyze(&doc)
			before := wordsOf(sents)
			repairParse(sents)
			ws := sents[0].Words
			if tc.subject == "" {
				for i := range ws {
					if ws[i] != before[i] {
						t.Errorf("word %q changed from %+v to %+v", ws[i].Form, before[i], ws[i])
					}
				}
				return
			}
			for i := range ws {
				if ws[i].Form != tc.subject {
					continue
				}
				if h := ws[i].Head; h == 0 || ws[h-1].Form != tc.verb || ws[i].Deprel != "nsubj" {
					t.Errorf("%q is %s of word %d, want nsubj of %q", tc.subject, ws[i].Deprel, h, tc.verb)
				}
				return
			}
			t.Fatalf("no word %q", tc.subject)
		})
	}
}

// wordsOf copies the words of the first sentence.
func wordsOf(sents []language.Sentence) []language.Word {
	return append([]language.Word(nil), sents[0].Words...)
}

// TestNameGoesOn: a capitalised word right after a name is part of it,
// never a trigger ("Harbor State's shares" is no statement).
func TestNameGoesOn(t *testing.T) {
	bank := []who{
		{text: "Harbor State Bank", id: "harbor-state-bank", kind: timeline.Organization},
		{text: "Harbor", id: "harbor-state-bank", name: "Harbor State Bank", kind: timeline.Organization},
	}
	text := "Regulators shut down Harbor State Bank.\nHarbor State's shares fell. Harbor stated its losses."
	doc, tx, am := fixture(t, text, bank, dates)
	r := Document(doc, tx, am, nil)
	var states int
	for _, e := range r.Events {
		if e.Trigger == "state" {
			states++
		}
	}
	if states != 1 {
		t.Errorf("%d events of stating, want the one of \"stated\"%s", states, describe(r))
	}
}

// TestParticipleOfReportedClause: a participle closing a reported clause
// is the clause's, not the speaker's.
func TestParticipleOfReportedClause(t *testing.T) {
	r, e := readEvent(t, "Artillery fire struck a crowded market in the town of Ostburg on Monday, killing at least 14 civilians and wounding dozens, the regional health ministry said.", "kill", true)
	if !strings.HasPrefix(e.Summary, "Artillery fire") {
		t.Errorf("summary %q, want the fire to kill, not the ministry%s", e.Summary, describe(r))
	}
}

// TestRepairParseKeepsTrees: whatever it mends, every word still reaches
// the root, on every sentence of the example stories.
func TestRepairParseKeepsTrees(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/quake/articles/*.txt")
	more, _ := filepath.Glob("../../testdata/articles/*.txt")
	paths = append(paths, more...)
	if len(paths) == 0 {
		t.Skip("no example articles")
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := timeline.Document{ID: path, Text: string(data)}
		doc.Sentences, _ = ingest.Clean(doc.Text)
		sents := analyzer.Analyze(&doc)
		repairParse(sents)
		for _, s := range sents {
			for i := range s.Words {
				k, hops := i, 0
				for k >= 0 && hops <= len(s.Words) {
					k, hops = s.Words[k].Head-1, hops+1
				}
				if k >= 0 {
					t.Errorf("%s: word %q never reaches the root", path, s.Words[i].Form)
				}
			}
		}
	}
}

// TestRepairAttachment: a relative clause after "N of the N" is the nearer
// noun's, unless a bare noun only classes the first; a "by" phrase hung on
// a day is the passive's doer; "by" before a class noun marks the name.
func TestRepairAttachment(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, head, rel string
	}{
		{"Investigators on Sunday recovered both flight recorders from the wreckage of a passenger plane that crashed shortly after take-off on Friday.", "crashed", "plane", "acl:relcl"},
		{"It reflected the division of labour that had already emerged.", "emerged", "division", "acl:relcl"},
		{"The club said on Thursday that it had parted ways with Carl Dahl, who was hired in November.", "hired", "Carl", "acl:relcl"},
		{"The club owner fired both men the same afternoon.", "men", "fired", "obj"},
		{"The Tigers were also fined $5m and lost four draft picks.", "Tigers", "fined", "nsubj:pass"},
		{"The aircraft was inspected on Saturday by regional carrier SkyLink.", "carrier", "inspected", "obl:agent"},
		{"The aircraft was grounded on Saturday by regional carrier SkyLink.", "by", "SkyLink", "case"},
		{"SkyLink grounded its remaining four aircraft of the same type on Saturday pending inspections.", "aircraft", "grounded", "obj"},
		{"SkyLink grounded its remaining four aircraft of the same type on Saturday pending inspections.", "remaining", "aircraft", "amod"},
		{"Neighbouring Sudland sent a team of 120 rescuers.", "Neighbouring", "Sudland", "amod"},
		{"Banking regulators closed Harlow Bank on Friday and took control of its deposits.", "regulators", "closed", "nsubj"},
		{"Banking regulators closed Harlow Bank on Friday and took control of its deposits.", "Banking", "regulators", "amod"},
		{"Opening the conference, Anna Berg thanked the donors.", "Anna", "thanked", "nsubj"},
		{"Velmont Motors is recalling about 800,000 cars worldwide.", "cars", "recalling", "obj"},
		{"Police allege Eric Kirkpatrick, 61, opened fire at the company Christmas party, killing Benjamin Banky, 40.", "Kirkpatrick", "opened", "nsubj"},
		{"Police allege Eric Kirkpatrick, 61, opened fire at the company Christmas party, killing Benjamin Banky, 40.", "killing", "opened", "advcl"},
		{"Harbor City have sacked manager Paolo Rossi following Saturday's 3-0 defeat to Millbrook in the cup.", "following", "defeat", "case"},
		{"Harbor City have sacked manager Paolo Rossi following Saturday's 3-0 defeat to Millbrook in the cup.", "defeat", "sacked", "obl"},
		{"Analysts estimate that the outage cost large companies, excluding Norlish Rail, about $2 billion.", "excluding", "Rail", "case"},
		{"Tugboats failed again on Friday to free a giant container ship.", "free", "failed", "xcomp"},
		{"Tugboats failed again on Friday to free a giant container ship.", "ship", "free", "obj"},
		{"Thousands of rail workers walked off the job on Monday after talks between their union and the national operator broke down late on Sunday.", "talks", "broke", "nsubj"},
		{"Thousands of rail workers walked off the job on Monday after talks between their union and the national operator broke down late on Sunday.", "operator", "union", "conj"},
		{"Talks between the union and the industry resumed on Wednesday under the supervision of the labour ministry.", "Talks", "resumed", "nsubj"},
		{"Talks between the union and the industry resumed on Wednesday under the supervision of the labour ministry.", "industry", "union", "conj"},
		{"The union and the car makers reached a deal on Thursday that ends a month-long dispute over pay.", "ends", "deal", "acl:relcl"},
		{"Police arrested a man on Friday who had attacked a guard.", "attacked", "man", "acl:relcl"},
		{"The charge against Dana Kovacs was dropped on Wednesday.", "Dana", "charge", "nmod"},
		{"The charge against Dana Kovacs was dropped on Wednesday.", "against", "Dana", "case"},
		{"Inflation reached 9.4 percent in May, the statistics office said on Tuesday.", "said", "reached", "parataxis"},
		{"Inflation reached 9.4 percent in May, the statistics office said.", "the", "office", "det"},
		{"The statistics office said on Tuesday that inflation reached 9.4 percent.", "that", "reached", "mark"},
		{"The bank raised its main interest rate by half a percentage point to 6.25 percent on Thursday.", "Thursday", "raised", "obl"},
		{"The bank raised its main interest rate by half a percentage point to 6.25 percent on Thursday.", "point", "raised", "obl"},
		{"Norvia on Tuesday ordered three Aldrian diplomats to leave the country within 72 hours.", "leave", "ordered", "xcomp"},
		{"The Constitutional Court on Tuesday upheld parliament's impeachment of Sandor Kiraly, permanently removing him from the presidency and triggering an early election.", "Tuesday", "upheld", "obl"},
		{"Prosecutors on Wednesday charged the police sergeant who shot Carl Dahl with manslaughter.", "manslaughter", "charged", "obl"},
		{"Prosecutors on Wednesday charged the man who fought with police.", "police", "fought", "obl"}, // no crime: it stays
		{"The union called off the strike on Monday.", "union", "called", "nsubj"},
		{"The union called off the strike on Monday.", "off", "called", "compound:prt"},
		{"The union called off the strike on Monday.", "strike", "called", "obj"},
		{"The court struck down the law on Thursday.", "down", "struck", "compound:prt"},
		{"The court struck down the law on Thursday.", "law", "struck", "obj"},
		{"Carl Dahl walked down the street on Monday.", "down", "street", "case"},       // a way gone along
		{"Norlish officials have gone out of their way to help.", "out", "way", "case"}, // a preposition of two words
		{"Rescuers reached the miners on Wednesday, two days after the tunnel collapsed.", "tunnel", "collapsed", "nsubj"},
		{"Rescuers reached the miners on Wednesday, two days after the tunnel collapsed.", "after", "collapsed", "mark"},
		{"Norvia on Tuesday ordered three Aldrian diplomats to leave the country within 72 hours.", "Tuesday", "ordered", "obl"},
		{"A private lunar lander built by Orbis Dynamics touched down near the south pole on Friday.", "lander", "touched", "nsubj"},
		{"A private lunar lander built by Orbis Dynamics touched down near the south pole on Friday.", "Dynamics", "built", "obl:agent"},
		{"Engineers cheered as the first images arrived about an hour later.", "images", "arrived", "nsubj"},
		{"Three aid workers kidnapped in northern Tavara in April were released on Tuesday.", "workers", "released", "nsubj:pass"},
		{"Three aid workers kidnapped in northern Tavara in April were released on Tuesday.", "kidnapped", "workers", "acl"},
		{"Three aid workers kidnapped in April were released on Tuesday.", "workers", "released", "nsubj:pass"},
		{"Three aid workers kidnapped in April were released on Tuesday.", "Three", "workers", "nummod"},
		{"Rebels kidnapped three aid workers in April, who were released on Tuesday.", "Rebels", "kidnapped", "nsubj"},
		{"Lena Havel, the composer whose film scores won three Academy Awards, died on Tuesday at her home in Vienna.", "Havel", "Lena", "flat"},
		{"Lena Havel, the composer whose film scores won three Academy Awards, died on Tuesday at her home in Vienna.", "Lena", "died", "nsubj"},
		{"Lena Havel, the composer whose film scores won three Academy Awards, died on Tuesday at her home in Vienna.", "Awards", "won", "obj"},
		{"Lena Havel, the composer whose film scores won three Academy Awards, died on Tuesday at her home in Vienna.", "won", "composer", "acl:relcl"},
		{"A court on Wednesday sentenced Carl Dahl to six years in prison for taking bribes, two weeks after a jury found him guilty.", "jury", "found", "nsubj"},
		{"A court on Wednesday sentenced Carl Dahl to six years in prison for taking bribes, two weeks after a jury found him guilty.", "after", "found", "mark"},
		{"A court on Wednesday sentenced Carl Dahl to six years in prison for taking bribes, two weeks after a jury found him guilty.", "weeks", "found", "obl:unmarked"}, // the language layer's measuredClause now mends it, with UD 2.12's name for obl:npmod
		{"Judge Anna Berg said Dahl had betrayed the trust of voters and ordered him to repay 1.2 million euros.", "ordered", "said", "conj"},
		{"If convicted, Carl Dahl faces up to ten years in prison.", "up", "ten", "advmod"},
		{"Eva Falk, the bank's chief executive, resigned on Thursday.", "Eva", "resigned", "nsubj"},
		{"The former chief executive of Harbor State Bank denied on Wednesday that he had sold shares of the bank before its collapse.", "chief", "executive", "compound"},
		{"The former chief executive of Harbor State Bank denied on Wednesday that he had sold shares of the bank before its collapse.", "sold", "denied", "ccomp"},
		{"The council voted to sue the company.", "sue", "voted", "xcomp"},
		{"The council voted to sue the company.", "to", "sue", "mark"},
		{"He blamed rising interest rates and social media, which he said had spread panic among depositors.", "rates", "blamed", "obj"},
		{"He blamed rising interest rates and social media, which he said had spread panic among depositors.", "rising", "rates", "amod"},
		{"Carl Dahl conceded hours after the ruling.", "hours", "conceded", "obl:npmod"},
		{"Moravia's president-elect, Elena Marsh, named her cabinet on Monday, a week before she is sworn in, picking a former central bank governor as finance minister.", "sworn", "named", "advcl"},
		{"Moravia's president-elect, Elena Marsh, named her cabinet on Monday, a week before she is sworn in, picking a former central bank governor as finance minister.", "week", "sworn", "obl:npmod"},
		{"Moravia's president-elect, Elena Marsh, named her cabinet on Monday, a week before she is sworn in, picking a former central bank governor as finance minister.", "picking", "named", "advcl"},
		{"Moravia's president-elect, Elena Marsh, named her cabinet on Monday.", "Marsh", "elect", "appos"},
		{"The bank's former finance chief, Peter Lang, also testified.", "chief", "testified", "nsubj"},
		{"The bank's chief executive resigned on Thursday.", "executive", "resigned", "nsubj"},
		{"Eva Falk, the bank's chief executive, resigned on Thursday.", ".", "resigned", "punct"},
		{"Carl Dahl, the firm's president, resigned on Friday, the company said.", "Carl", "resigned", "nsubj"},
		{"Carl Dahl, the firm's president, said on Friday that profits fell.", "Carl", "said", "nsubj"},
		{"The opposition leader demanded a recount of Sunday's parliamentary vote on Wednesday.", "Wednesday", "demanded", "obl"},
		{"The opposition leader demanded a recount of the parliamentary vote on Wednesday.", "Wednesday", "vote", "nmod"},
		{"Pay rose up to 8 percent last year.", "up", "8", "advmod"},
		{"Judge Anna Berg said Dahl had betrayed the trust of voters and ordered himself a drink.", "ordered", "betrayed", "conj"},
		{"Julia Park, who worked as his deputy for six years, said that he gave her a list of invoices in 2021 and told her to record them as fees.", "told", "gave", "conj"},
		{"Officials said the release followed talks involving tribal elders and Anna Berg, but denied that a ransom had been paid.", "Anna", "elders", "conj"},
		{"A private lunar lander built by Orbis Dynamics touched down near the south pole on Friday, becoming the first spacecraft to land there, the company said.", "lander", "touched", "nsubj"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			skipMisparsed(t)
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			sents := analyzer.Analyze(&doc)
			repairParse(sents)
			ws := sents[0].Words
			for i := range ws {
				if ws[i].Form != tc.word {
					continue
				}
				if h := ws[i].Head; h == 0 || ws[h-1].Form != tc.head || ws[i].Deprel != tc.rel {
					t.Errorf("%q is %s of word %d, want %s of %q", tc.word, ws[i].Deprel, h, tc.rel, tc.head)
				}
				return
			}
			t.Fatalf("no word %q", tc.word)
		})
	}
}
