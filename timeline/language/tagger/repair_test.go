package tagger

import (
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// A past form the tagger reads as a noun is a verb when "and" joins it to
// a past verb after a subject; a participle after a subject, with an
// object and no finite verb in its clause, or the first of a sentence
// with no finite verb of its own, is a past verb.
func TestCoordinatedPast(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"A police officer shot and killed a man .", 3, "VBD", "shoot"},
		{"Mining Minister Ana Ruiz said the shaft was safe .", 0, "NNP", ""}, // a field before an office and a name
		{"Acting Director Ana Ruiz resigned .", 0, "VBG", ""},
		{"The firm cut 500 jobs , a spokeswoman said , and plans to close two plants .", 11, "VBZ", "plan"}, // after ", and" before "to": a verb
		{"The rule requires banks , insurers , and funds to report losses .", 8, "NNS", ""},                 // a list of nouns
		{"It was like a bomb going off , one resident said .", 2, "IN", ""},                                 // "like" after "be" before a noun phrase
		{"It was , like , huge .", 3, "UH", ""},
		{"The volcano sent ash several kilometres into the air .", 3, "NN", ""}, // a base form after a past that takes no bare infinitive
		{"He helped build the house .", 2, "VB", ""},
		{"The blast blew open the door .", 3, "VB", ""},
		{"Fighting spread in the north .", 0, "NN", ""}, // an -ing word before a past is its subject
		{"Fighting spread in the north .", 1, "VBD", "spread"},
		{"Heavy fighting erupted on Monday .", 1, "NN", ""},
		{"Having said that , he left .", 0, "VBG", ""},                  // no noun
		{"Shelling reported damage , officials said .", 1, "VBN", ""},   // a participle before its noun
		{"Following revised rules , the club resigned .", 0, "VBG", ""}, // a preposition
		{"Being elected was a surprise .", 0, "VBG", ""},
		{"A dam at a mine owned by Vale SA burst on Friday .", 5, "VBN", "own"}, // a past takes no agent
		{"A dam at a mine owned by Vale SA burst on Friday .", 9, "VBD", "burst"},
		{"Officials said a mine owned by Vale SA burst on Friday .", 8, "VBD", "burst"}, // in what was said too
		{"Search crews were able to reach the village .", 0, "NN", ""},                  // a noun and a finite verb after it
		{"Search parties have reached the village .", 0, "NN", ""},
		{"Let voters decide the issue .", 0, "VB", ""},                       // a bare verb may follow its object
		{"Investors said they planned to sue the auditor .", 5, "VB", "sue"}, // a name is never in lower case
		{"Investors said they wrote to Sue the next day .", 5, "NNP", ""},
		{"The gunman shot and wounded two guards .", 2, "VBD", "shoot"},
		{"A delivery truck hit and killed a cyclist .", 3, "VBD", "hit"},
		{"A gun shot and a scream were heard .", 2, "NN", "shot"}, // no verb after "and"
		{"Demonstrators set fire to two cars , and police detained 19 people .", 1, "VBD", ""},
		{"Demonstrators set fire to two cars , and police detained 19 people .", 9, "VBD", ""},
		{"Nearly 30,000 people packed the streets .", 3, "VBD", ""},
		{"The founder told investors that the fund needed emergency cash .", 7, "VBD", ""}, // "that" opens a clause of its own
		{"Weapons seized last week included rifles .", 1, "VBN", ""},                       // a word of time, and a finite verb after
		{"Ten people killed in the blast were buried .", 2, "VBN", ""},                     // no object, and a finite verb after
		{"Hundreds of protesters marched through downtown Halden on Sunday night , a day after a police officer shot and killed a man .", 3, "VBD", ""},
		{"Two armed men stole jewellery worth $2 million from a store .", 3, "VBD", "steal"},
		{"Thieves drove off in a stolen car .", 5, "JJ", ""}, // a participle stays an adjective
		{"A dam on the Varna River burst early on Wednesday , sending water through two villages .", 6, "VBD", "burst"},
		{"The chief executive of Varna Hydro resigned on Wednesday .", 2, "NN", ""},
		{"The general secretary of the union said .", 2, "NN", ""},
		{"A few of them left .", 1, "JJ", ""}, // a partitive stays
		{"Firefighters made progress overnight as winds eased .", 5, "NNS", "wind"},
		{"Forecasters expect winds to ease on Thursday .", 2, "NNS", "wind"},
		{"A woman was struck by a driver , cops said .", 8, "NNS", "cop"},
		{"The barge struck one of its supports .", 6, "NNS", "support"}, // after a possessive that is never an object
		{"Staff brought their cases .", 3, "NNS", "case"},
		{"The man fled and cops said he was armed .", 4, "NNS", "cop"},
		{"He runs , said the coach .", 1, "VBZ", ""},
		{"He says talks will resume .", 1, "VBZ", ""}, // a subject before it
		{"Thousands rallied outside parliament on Saturday .", 2, "IN", ""},
		{"The minister quit after the scandal broke .", 2, "VBD", ""},
		{"The ministers will quit .", 3, "VB", ""},                        // a modal before it
		{"Ten people killed in blast", 2, "VBN", ""},                      // a headline: no full stop
		{"The river known as the Bolon floods each year .", 2, "VBN", ""}, // a name after "as"
		{"Ostra Financial withdrew from the talks on Saturday , two people said .", 2, "VBD", "withdraw"},
		{"Firefighters said the fire spread quickly .", 4, "VBD", "spread"},
		{"Police said the man set fire to the building .", 4, "VBD", "set"},                                 // a bare noun and a preposition after it
		{"The man set fire to the building before dawn .", 2, "VBD", "set"},                                 // a sentence's subject
		{"A fast - moving wildfire tore through the valley on Monday , officials said .", 5, "VBD", "tear"}, // a hyphenated modifier is the phrase's
		{"The fire tore through the valley as crews watched .", 2, "VBD", "tear"},                           // a clause of its own after "as"
		{"A self - inflicted wound to the head killed him .", 4, "NN", ""},                                  // a finite verb follows in its clause
		{"The tax cut for the rich", 2, "NN", ""},                                                           // a title has no period
		{"Officials said a woman cut the fence overnight .", 4, "VBD", "cut"},                               // a subject takes no bare verb
		{"He said the tax cut plan was dead .", 4, "NN", ""},                                                // a noun after it
		{"She said the tax cut for families was a mistake .", 4, "NN", ""},                                  // a finite verb after it
		{"Officials said the families quit the town .", 4, "VBD", "quit"},                                   // a plural subject takes no bare verb either
		{"The court ordered that the minister quit the cabinet .", 6, "VB", ""},                             // no verb of saying
		{"Engineers were drilling an exploratory well about 50 miles offshore .", 5, "NN", "well"},          // "well" after an article
		{"Crews will seal the well permanently .", 4, "NN", "well"},
		{"Crews will seal their well permanently .", 4, "NN", "well"},
		{"She knows the area well .", 4, "RB", ""},                                                 // after a noun
		{"Know this well .", 2, "RB", ""},                                                          // after another determiner
		{"It is a well known case .", 3, "RB", ""},                                                 // before a participle
		{"It is a well - known square .", 3, "RB", ""},                                             // or a hyphen
		{"Fishermen in the delta said they feared for their livelihoods .", 0, "NNS", "fisherman"}, // no verb ends in "-men"
		{"Police said gunmen opened fire .", 2, "NNS", "gunman"},
		{"Omen loomed over the talks .", 0, "VBZ", ""},                       // too short to be a plural in "-men" ("Oman")
		{"Police put the turnout at 240,000 at its peak .", 1, "VBD", "put"}, // a subject and no verb before it in a full sentence
		{"Michelle Donelan , the education secretary , quit after two days .", 7, "VBD", "quit"},
		{"Please put your name here .", 1, "VB", ""},                                  // an imperative has no subject
		{"Workers quit the factory in protest", 1, "VB", ""},                          // a title has no period
		{"The collapse cost banks more than $10bn .", 2, "VBD", "cost"},               // a plural object after it
		{"In it , De Falco repeatedly orders him to climb back .", 6, "VBZ", "order"}, // a noun takes no object pronoun
		{"She says the orders them .", 3, "NNS", ""},                                  // no subject before it
		{"The minister says Anna Berg promises them nothing .", 5, "VBZ", "promise"},
		{"Protesters stormed the residence and later set fire to the home of the prime minister .", 6, "VBD", "set"},
		{"The actor walked onto the stage on Sunday night and slapped comedian Tom Hale across the face after Hale made a joke .", 10, "VBD", "slap"}, // a regular past too
		{"Officials said the plant harmed fish or endangered species .", 7, "JJ", ""},                                                                 // not after "or"
		{"The union promised a swift and united response .", 6, "JJ", ""},                                                                             // nor after an adjective
		{"Police observed him to have watery eyes and slurred speech .", 8, "JJ", ""},                                                                 // nor after a bare verb
		{"He fell in the dark and injured soldiers helped him home .", 6, "JJ", ""},                                                                   // nor before a finite verb
		{"A post on the presidency 's Twitter account earlier on Wednesday said the guard had left .", 7, "NN", "account"},
		{"He broke the school 's career scoring record .", 7, "NN", "record"},
		{"Officials told reporters the blaze spread to the roof .", 5, "VBD", "spread"},
		{"She said the price cut was unfair .", 4, "NN", ""},                 // a finite verb after it
		{"The company announced the spending cut on Tuesday .", 5, "NN", ""}, // a verb that takes a noun phrase
		{"The film was a bore .", 4, "NN", ""},                               // a past tense WordNet has as a noun stays one
		{"Rescuers reached a coal mine on Tuesday .", 4, "NN", "mine"},       // a pronoun after a noun or a determiner
		{"The mine collapsed on Monday .", 1, "NN", "mine"},
		{"The decision was mine .", 3, "PRP", ""},
		{"They told the police it was over .", 4, "PRP", ""},
		{"Two gunmen on Friday stole nearly all the cash from the vault .", 4, "VBD", "steal"}, // … unless an object follows
		{"A gang of four thieves -- two of them disguised as women -- on Thursday stole the jewels .", 15, "VBD", "steal"},
		{"She wore a silk stole to the gala .", 4, "NN", ""}, // after an adjective, before a preposition
		{"The plane disappeared over the Monte Escuro mountains a day earlier .", 7, "NNS", "mountain"},
		{"He has left .", 1, "VBZ", ""},                               // a verb training saw stays one
		{"May chaired a meeting of the committee .", 0, "NNP", "May"}, // a modal takes no finite verb
		{"You may chair the meeting .", 1, "MD", ""},
		{"The minister , who quit on Monday , will chair her last meeting on Tuesday .", 9, "VB", "chair"}, // no noun after a modal
		{"The board said it would then issue two urgent advisories .", 6, "VB", "issue"},
		{"Will rain delay the race ?", 1, "NN", ""},
		{"The regulator ordered airlines on Monday to ground all the jets .", 7, "VB", "ground"}, // "to" before an object's determiner
		{"The regulator ordered airlines on Monday to ground all the jets .", 6, "TO", ""},
		{"She was promoted to captain four years ago .", 4, "NN", ""},        // not before a figure
		{"To date the company has sold two plants .", 1, "NN", ""},           // nor "to date"
		{"From time to time we meet the mayor .", 3, "NN", ""},               // nor "time to time"                          // a question's subject
		{"Will Nadia Voss sang the anthem at the final .", 0, "NNP", "Will"}, // nor a name and then a finite verb
		{"Will Nadia Voss has withdrawn from the race .", 0, "NNP", "Will"},
		{"Will Nadia Voss sing the anthem ?", 0, "MD", ""},                       // a question's verb is bare
		{"United said on Monday it had found loose bolts .", 0, "NNP", "United"}, // a verb stands before no verb of saying
		{"Felt said the company would appeal .", 0, "NNP", "Felt"},
		{"Thousands of residents fled as flames swept through the town .", 3, "VBD", "flee"},              // "as" opens a clause after fled
		{"Thousands of residents fled as flames swept through the town .", 6, "VBD", "sweep"},             // no present without -s
		{"Norvale 's chief executive , Hana Brodsky , apologised to customers on Friday .", 8, "VBD", ""}, // after a subject's apposition
		{"Rescuers , helped by soldiers , searched the rubble .", 2, "VBN", ""},
		{"The essay , published as Undersea , was a vivid narrative .", 3, "VBN", ""},  // a participle on a noun before one comma
		{"The flood , caused by heavy rain , damaged 300 homes .", 8, "VBD", "damage"}, // after a participle's phrase set off by commas
		{"The flood , caused by heavy rain , damaged by the storm .", 8, "VBN", ""},
		{"The ministry revoked the visas of 21 suspects two weeks after the killing .", 7, "NNS", "suspect"}, // a verb in -s after a figure
		{"The port operator had rejected two earlier offers on Monday .", 7, "NNS", "offer"},
		{"One says the talks failed .", 1, "VBZ", ""},                   // but "one" is a subject
		{"Our staff in sales are working late .", 4, "VBP", ""},         // a preposition's noun and the subject's verb
		{"Profit from timber fell to $41 million .", 0, "NN", "profit"}, // an imperative takes no finite verb after its object
		{"Stop the men who fled .", 0, "VB", ""},
		{"Think that was bad .", 0, "VB", ""},                 // a determiner may open the verb's clause                                           // a relative word between
		{"Carl Dahl lives in Ostburg .", 2, "VBZ", "live"},    // a name and then a plural: the sentence's verb
		{"The trial resumes on Monday .", 2, "VBZ", "resume"}, // a singular noun and then a plural: the verb
		{"The hearing resumes next week .", 2, "VBZ", "resume"},
		{"The job cuts at the plant were announced .", 2, "NNS", ""}, // a sentence with a verb keeps its compound
		{"The job losses mounted in May .", 2, "NNS", ""},
		{"Prices of homes rose .", 0, "NNS", ""},
		{"Anna Berg , who sat in the dock , shook her head .", 9, "VBD", "shake"}, // a past only, never a base
		{"Crews will lay the cable .", 2, "VB", "lay"},
		{"Nice top lights .", 2, "NNS", ""},                                                // a caption
		{"Term Limits for judges and senators .", 1, "NNS", ""},                            // a title
		{"The strike at the plant spread to two more factories on Monday .", 5, "VBD", ""}, // a sentence with no finite verb
		{"Judge Anna Berg set sentencing for January 14 .", 3, "VBD", "set"},
		{"Gus Holm was shot while campaigning .", 5, "VBG", ""},          // a gerund after a subordinator
		{"A shipping executive told a jury on Wednesday .", 2, "NN", ""}, // an office before a finite verb
		{"Former port official pleads not guilty", 2, "NN", ""},
		{"The latter is overseeing the primaries .", 1, "JJ", ""},                                                      // an adjective that stands for its noun
		{"The company filed for bankruptcy on Friday , and its founder , Eva Falk , stepped down .", 2, "VBD", "file"}, // a clause after ", and" has its own verb
		{"The money invested in bonds , and in other accounts , is used to fund spending .", 2, "VBN", ""},             // not a phrase after ", and"          // not before "by"
	})
}

// tagCase is the XPOS and the lemma a word of a sentence should get
// ("" for either: not checked).
type tagCase struct {
	sentence    string
	word        int
	xpos, lemma string
}

func checkTags(t *testing.T, m *Model, cases []tagCase) {
	t.Helper()
	tg := m.NewTagger()
	for _, tc := range cases {
		forms := strings.Fields(tc.sentence)
		got := tg.Tag(forms, nil)[tc.word]
		if tc.xpos != "" && got.XPOS != tc.xpos || tc.lemma != "" && got.Lemma != tc.lemma {
			t.Errorf("%q: %s is %s %q, want %s %q", tc.sentence, forms[tc.word], got.XPOS, got.Lemma, tc.xpos, tc.lemma)
		}
	}
}

func committedModel(t *testing.T) *Model {
	t.Helper()
	m, err := readCommitted()
	if os.IsNotExist(err) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func readCommitted() (*Model, error) {
	f, err := os.Open("../models/tagger.model.gz")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return Read(zr)
}

// The past forms of irregular verbs get their verb as lemma, also where
// the treebanks' own lemma was a slip ("fled" is "flead" three times in
// GUM) or the suffix rules of regular verbs would guess.
func TestIrregularLemma(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"The driver fled the scene .", 2, "", "flee"},
		{"The suspects had fled .", 3, "", "flee"},
		{"He bled heavily .", 1, "", "bleed"},
		{"Police sped to the house .", 1, "", "speed"},
		{"He slew them .", 1, "", "slay"},
		{"They strove for peace .", 1, "", "strive"},
		{"She wept .", 1, "", "weep"},
		{"They walked home .", 1, "", "walk"}, // regular verbs keep their rules
	})
}

// FuzzTag tags any run of words with the committed model, the repairs
// after the perceptrons included: one analysis a word, never a panic.
func FuzzTag(f *testing.F) {
	m, err := readCommitted()
	if err != nil {
		f.Skip(err)
	}
	f.Add("A police officer shot and killed a man .")
	f.Add("Demonstrators set fire to two cars , and police detained 19 people")
	f.Add("and shot and")
	f.Add("shot")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if got := m.NewTagger().Tag(words, nil); len(got) != len(words) {
			t.Fatalf("%d analyses for %d words", len(got), len(words))
		}
	})
}

// A participle right after the comma that closes a phrase set off after
// the subject is the sentence's past verb, unless a finite verb comes
// before the phrase or after it in its clause.
func TestParentheticalPast(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"The union , which represents 40,000 nurses , called off the strike .", 8, "VBD", "call"},
		{"The storm , packing winds of 150 km/h , made landfall late on Tuesday .", 9, "VBD", "make"},
		{"The company , based in Ohio , recalled 40,000 cars .", 7, "VBD", "recall"},
		{"The man , a teacher , was arrested .", 7, "VBN", ""},                          // an auxiliary before it
		{"The union said the offer , which was rejected , ended talks .", 8, "VBN", ""}, // a finite verb first
		{"The bridge , built in 1900 , collapsed .", 3, "VBN", ""},                      // the participle inside the phrase
	})
}

// A participle between "the" and a finite verb names people, as an
// adjective does ("the dead").
func TestNominalParticiple(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"The wounded were taken to hospital .", 1, "JJ", ""},
		{"Two of the injured were in critical condition .", 3, "JJ", ""},
		{"The accused denied the charges .", 1, "JJ", ""},
		{"The rejected offer was withdrawn .", 1, "VBN", ""}, // a noun after it
	})
}

func TestClosedClassSeen(t *testing.T) {
	tg := committedModel(t).NewTagger()
	for _, tc := range []struct {
		sentence string
		word     int
		upos     string
	}{
		{"He fled downtown Atlanta and managed to evade police .", 2, "NOUN"},
		{"Chargers wide receiver Vincent Jackson was arrested .", 1, "ADJ"},
		{"They could have left .", 1, "AUX"}, // an auxiliary training saw as one
	} {
		forms := strings.Fields(tc.sentence)
		if got := tg.Tag(forms, nil)[tc.word]; got.UPOS != tc.upos {
			t.Errorf("%q: %s is %s, want %s", tc.sentence, forms[tc.word], got.UPOS, tc.upos)
		}
	}
}
