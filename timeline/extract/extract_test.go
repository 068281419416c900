package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

func TestTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // kind/lemma of each event, in order
	}{
		{"irregular past", "Berg met Holm in Ostburg.", []string{"meeting/meet"}},
		{"meeting noun with light verb", "Berg held a meeting with Holm.", []string{"meeting/meet"}},
		{"talks", "Berg held talks with Holm.", []string{"meeting/talk"}},
		{"gathering is a meeting", "Berg hosted a gathering with Holm.", []string{"meeting/meet"}},
		{"spoke with is a call", "Berg spoke with Holm.", []string{"call/speak"}},
		{"phone call", "Berg had a phone call with Holm.", []string{"call/call"}},
		{"spoke by telephone", "Berg spoke by telephone with Holm on Saturday.", []string{"call/speak"}},
		{"speaking to reporters is the saying it opens", "Speaking to reporters, Berg said nothing new.", []string{"statement/say"}},
		{"told", "Berg told TV One that the plan was dead.", []string{"statement/tell"}},
		{"mentioned for said", "Berg mentioned that the plan was dead.", []string{"statement/mention"}},
		{"press conference", "Berg held a press conference.", []string{"statement/press conference"}},
		{"press convention", "At a press convention, Berg took questions.", []string{"statement/press conference"}},
		{"announce", "Berg announced a new envoy.", []string{"announcement/announce"}},
		{"accept", "Norland accepted the plan.", []string{"agreement/accept"}},
		{"signed", "Norland signed the accord.", []string{"agreement/sign"}},
		{"rule out", "Sudland ruled out a truce.", []string{"rejection/rule out"}},
		{"dismissed an idea", "Sudland dismissed the idea of a truce.", []string{"rejection/dismiss"}},
		{"dismissed a person", "Berg dismissed Falk.", []string{"dismissal/dismiss"}},
		{"proposed", "Norland proposed a truce.", []string{"proposal/propose"}},
		{"insist on", "Sudland insisted on guarantees.", []string{"demand/insist on"}},
		{"demands as a verb", "Sudland demands guarantees.", []string{"demand/demand"}},
		{"sideline", "Berg sidelined Falk.", []string{"dismissal/sideline"}},
		{"appointed", "Berg appointed Falk.", []string{"appointment/appoint"}},
		{"fired someone", "Berg fired Falk.", []string{"dismissal/fire"}},
		{"fired missiles", "Sudland fired missiles at Norland.", nil},
		{"struck", "Sudland struck Westhaven.", []string{"attack/strike"}},
		{"seized", "Sudland seized Riverton.", []string{"attack/seize"}},
		{"fought", "Norland fought Sudland.", []string{"attack/fight"}},
		{"invasion noun", "Sudland's invasion began in 2022.", []string{"attack/invade"}},
		{"accused", "Berg accused Holm of lying.", []string{"accusation/accuse"}},
		{"warned", "Holm warned Norland against it.", []string{"warning/warn"}},
		{"visited", "Berg visited Ostburg.", []string{"visit/visit"}},
		{"travelled to", "Berg travelled to Ostburg.", []string{"visit/travel"}},
		{"arrived in", "Berg arrived in Ostburg on Monday.", []string{"visit/arrive"}},
		{"flew to", "Berg flew to Ostburg.", []string{"visit/fly"}},
		{"participle before a noun is no verb", "Norland backed the proposed truce with Sudland.", nil},
		{"naming is no call", "Holm wants what he calls peace.", nil},
		{"calling remarks is no call", "Berg called Holm's remarks promising.", nil},
		{"declined to comment", "The Palace declined to comment.", nil},
		{"the state is no statement", "Norland is a state of mind.", nil},
		{"gerund after a preposition", "Berg is wary of negotiating with Holm.", nil},
		{"sat down", "Norland and Sudland sat down together in Ostburg on Monday.", []string{"meeting/sit down"}},
		{"shook hands", "Berg and Holm shook hands in Ostburg in 2022.", []string{"meeting/shake hands"}},
		{"greeted each other", "Berg and Holm greeted each other before their talks in Ostburg in 2022.", []string{"meeting/greet"}},
		{"a passive saying names no speaker", "Sudland was reported to regard Falk as hostile.", nil},
		{"struck a deal", "Berg struck a deal with Holm.", []string{"agreement/strike"}},
		{"struck a tone", "Berg struck a loyal tone.", nil},
		{"said in a statement is one statement", "Berg said in a statement on Monday that talks failed.", []string{"statement/say"}},
		{"the Ostburg meeting is a noun", "The Ostburg meeting came as Berg left.", nil},
		{"talks that echo a meeting", "Berg and Holm sat down in Ostburg on Monday for their first talks.", []string{"meeting/sit down"}},
		{"saw someone is a meeting", "Dahl, who saw Holm in Ostburg last week, said little.", []string{"meeting/see", "statement/say"}},
		{"seeing a state as something is none", "Dahl sees Sudland as a threat.", nil},
		{"spent hours with someone", "Dahl spent several hours with Holm in Ostburg on Monday.", []string{"meeting/spend"}},
		{"spending money is none", "Norland spent billions on defence.", nil},
		{"expected somewhere is a visit with no one met", "Holm is expected in Ostburg on Monday and is likely to press Berg.", []string{"visit/visit"}},
		{"expected results are none", "Results are expected in Ostburg.", nil},
		{"demoted is a dismissal", "Berg demoted Falk on Monday.", []string{"dismissal/demote"}},
		{"calling a proposal something is no call", "Berg called the Sudlish proposal a positive one.", nil},
		{"calling someone is a call", "Berg called Holm on Monday.", []string{"call/call"}},
		{"a meeting during a handshake", "Berg and Holm shook hands during a meeting in Ostburg in 2022.", []string{"meeting/shake hands"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			var got []string
			for _, e := range r.Events {
				got = append(got, e.Kind+"/"+e.Trigger)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v%s", got, tt.want, describe(r))
			}
		})
	}
}

func TestAgentAndParticipants(t *testing.T) {
	tests := []struct {
		name, text, kind string
		agent            string
		others           []string
	}{
		{"subject before verb", "Berg met Holm.", "meeting", "anna-berg", []string{"participant:gus-holm"}},
		{"apposition and relative clause", "Carl Dahl, the Sudlish envoy, who met Berg last week, said little.", "meeting", "carl-dahl", []string{"participant:anna-berg"}},
		{"speaker after apposition", "Carl Dahl, the Sudlish envoy, who met Berg last week, said little.", "statement", "carl-dahl", nil},
		{"coordinated subject", "Berg and Holm are expected to speak this week.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"call with", "Berg had a call with Holm.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"between X and Y", "Dahl expects a call between Norland and Sudland this week.", "call", "norland", []string{"participant:sudland"}},
		{"raised subject of an infinitive", "Dahl expects Berg to speak with Holm this week.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"inverted speaker", "The plan is dead, said Carl Dahl.", "statement", "carl-dahl", nil},
		{"pronoun from the sentence before", "Berg arrived late. She accused Holm of lying.", "accusation", "anna-berg", []string{"patient:gus-holm"}},
		{"he said after a quote", "Holm spoke first. “We will not yield,” he said.", "statement", "gus-holm", nil},
		{"two speakers", "Norland and Sudland said the talks failed.", "statement", "norland", []string{"agent:sudland"}},
		{"possessor of an event noun", "Berg's call with Holm lasted an hour.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"passive with by", "The truce proposed by Norland last week was rejected.", "proposal", "norland", nil},
		{"passive without by", "Holm was accused of lying.", "accusation", "", []string{"patient:gus-holm"}},
		{"modifier stands for its side", "A senior Norlish official said the talks failed.", "statement", "norland", nil},
		{"noun subject names no actor", "Officials in Ostburg said the talks failed.", "", "", nil},
		{"object after apposition", "Berg moved to sideline her envoy, Eva Falk, a veteran.", "dismissal", "anna-berg", []string{"patient:eva-falk"}},
		{"the two", "Berg praised Holm when the two had a call last week.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"fronted phrase", "After talks with Norland in Riverton, Holm said little.", "meeting", "gus-holm", []string{"participant:norland"}},
		{"a meeting in a participle clause", "Berg spoke, chatting with reporters during a meeting with Holm.", "meeting", "anna-berg", []string{"participant:gus-holm"}},
		{"two subjects after a fronted phrase", "In a phone call on Monday, Berg and Holm agreed to a truce.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"shared subject after and", "Berg called Holm on Wednesday and then followed it up with a call to Falk.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"relative clause with its own subject", "Norland kept Riverton, which Sudland seized in 2022.", "attack", "sudland", []string{"patient:riverton"}},
		{"it as a country", "Sudland lost Riverton, which it seized in 2022.", "attack", "sudland", []string{"patient:riverton"}},
		{"the two presidents", "President Ida Lund wrote to President Ole Moe. Dahl said he expected the two presidents to speak soon.", "call", "ida-lund", []string{"participant:ole-moe"}},
		{"coordinated with a title", "Holm and Norlish President Anna Berg shook hands.", "meeting", "gus-holm", []string{"participant:anna-berg"}},
		{"by-phrase coordinated with a title", "A Norlish delegation led by Eva Falk and special envoy Anna Berg met Holm.", "meeting", "norland", []string{"participant:gus-holm"}},
		{"he after an event by someone", "Dahl answered comments made by Holm on Monday in Ostburg, where he hosted Berg.", "meeting", "gus-holm", []string{"participant:anna-berg"}},
		{"during a call takes the clause's subject", "Berg gave the undertaking during a telephone call with Holm that lasted two hours.", "call", "anna-berg",
			[]string{"participant:gus-holm"}},
		{"an attack on a place is one on its state", "Sudland seized Westhaven in 2022.", "attack", "sudland",
			[]string{"patient:westhaven", "patient:norland"}},
		{"a government brings its state", "The Kremlin accused Holm on Monday.", "accusation", "russian-presidency",
			[]string{"patient:gus-holm", "agent:russia"}},
		{"two sides before an event noun", "Norland-Sudland talks began in Riverton on Monday.", "meeting", "norland",
			[]string{"participant:sudland"}},
		{"at talks takes the clause's subject", "Norland accepted the plan at talks with Sudland in Riverton.", "meeting", "norland",
			[]string{"participant:sudland"}},
		{"a statement issued by someone", "According to a statement issued by Berg, Dahl suggested that talks resume.", "statement", "anna-berg", nil},
		{"a group brings its state", "Norlish officials met Sudlish negotiators in Riverton.", "meeting", "norland-officials",
			[]string{"participant:sudland-officials", "agent:norland", "participant:sudland"}},
		{"a news outlet takes no part", "Berg spoke with CNN and with Holm.", "call", "anna-berg", []string{"participant:gus-holm"}},
		{"a passive announcement reports nothing", "The deal was announced in Ostburg, where Berg met Holm.", "meeting", "anna-berg", []string{"participant:gus-holm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if tt.kind == "" {
				for _, e := range r.Events {
					if agent(e) != "" {
						t.Errorf("want no agent, got %s", describe(r))
					}
				}
				return
			}
			e := find(t, r, tt.kind)
			if agent(e) != tt.agent || !slices.Equal(others(e), tt.others) {
				t.Errorf("got agent %q others %v, want %q %v%s", agent(e), others(e), tt.agent, tt.others, describe(r))
			}
		})
	}
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             []string
	}{
		{"in a place", "Berg met Holm in Ostburg.", "meeting", []string{"Ostburg"}},
		{"at a place", "Berg met Holm at Westhaven.", "meeting", []string{"Westhaven"}},
		{"in a country", "Berg held talks with Holm in Norland.", "meeting", []string{"Norland"}},
		{"visit to", "Berg travelled to Ostburg.", "visit", []string{"Ostburg"}},
		{"where a speaker spoke", "Speaking to reporters in Ostburg, Berg said talks failed.", "statement", []string{"Ostburg"}},
		{"after the noun's verb", "Dahl said technical talks would begin in Ostburg on Sunday.", "meeting", []string{"Ostburg"}},
		{"far from the trigger", "Berg met Holm to discuss the long war that has raged in Ostburg.", "meeting", nil},
		{"not the purpose's object", "Berg will travel to Ostburg to present the plan to Holm.", "visit", []string{"Ostburg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if e := find(t, r, tt.kind); !slices.Equal(e.Places, tt.want) {
				t.Errorf("places %v, want %v%s", e.Places, tt.want, describe(r))
			}
		})
	}
}

// TestPlaceNamedForItsGovernment: a city that stands for its government
// in one mention is still a place in "the Porta meeting".
func TestPlaceNamedForItsGovernment(t *testing.T) {
	text := "Berg flew to Porta.\nHolm praised the Porta meeting with Berg."
	doc, tx, am := fixture(t, text, cast, dates)
	first, second := strings.Index(text, "Porta"), strings.LastIndex(text, "Porta")
	am = append(am,
		actor.Mention{Start: first, End: first + 5, Text: "Porta", Name: "Porta", Kind: timeline.Place, ID: "porta"},
		actor.Mention{Start: second, End: second + 5, Text: "Porta", Name: "Portan government", Kind: timeline.Organization, ID: "portan-government"})
	slices.SortFunc(am, func(a, b actor.Mention) int { return a.Start - b.Start })
	r := Document(doc, tx, am, nil)
	e := find(t, r, KindMeeting)
	if !slices.Equal(e.Places, []string{"Porta"}) || agent(e) == "portan-government" {
		t.Errorf("places %v agent %q%s", e.Places, agent(e), describe(r))
	}
}

func TestTimeChoice(t *testing.T) {
	tests := []struct {
		name, text, kind string
		want             string // the text of the governing expression, "" for none
	}{
		{"same clause", "Berg met Holm in Ostburg last week.", "meeting", "last week"},
		{"fronted time", "On Wednesday, Berg had a call with Holm.", "call", "On Wednesday"},
		{"time of the relative clause stays there", "Dahl, who met Berg last week, said little.", "statement", ""},
		{"time of the saying", "Holm on Monday said Sudland would insist on guarantees.", "statement", "on Monday"},
		{"reported event has none of its own", "Holm on Monday said Sudland met Norland.", "meeting", ""},
		{"nearest trigger takes it", "Berg had a call with Holm since Sudland's invasion in 2022.", "call", ""},
		{"since is no date of the event", "Sudland has occupied Riverton since 2022.", "attack", ""},
		{"shared by a coordinated verb", "The truce was proposed by Norland last week and accepted by Sudland.", "agreement", "last week"},
		{"no time in the text", "Berg met Holm.", "meeting", ""},
		{"talks the clause's verb took place at", "Norland accepted the plan on Monday at talks with Sudland in Riverton.", "meeting", "on Monday"},
		{"when after since is the start", "Norland has resisted Sudland since 2022, when Sudland seized Westhaven.", "attack", "since 2022"},
		{"shared with a first verb the lexicon lacks", "On Wednesday Holm described the plan as a breather and said Norland wanted more.", "statement", "On Wednesday"},
		{"a time after a verb's objects is the verb's", "Berg is due to travel to Ostburg next month to sign the deal.", "visit", "next month"},
		{"a setting phrase gives its time", "In a phone call on Monday, Berg and Holm agreed to a truce.", "agreement", "on Monday"},
		{"after is no setting", "After talks with Holm last week, Berg said little.", "statement", ""},
		{"a possessive time belongs to what follows", "The meeting in Ostburg followed last week's call between Berg and Holm.", "call", "last week"},
		{"where takes the time of its clause", "The plan was announced on Monday in Ostburg, where Berg met Holm.", "meeting", "on Monday"},
		{"echoing talks give their time", "Berg and Holm sat down in Ostburg, Norland, on Monday for their first talks.", "meeting", "on Monday"},
		{"said in a statement", "Berg said in a statement on Monday that talks failed.", "statement", "on Monday"},
		{"told reporters somewhere", "Berg told reporters in Ostburg on Monday that talks failed.", "statement", "on Monday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			e := find(t, r, tt.kind)
			got := ""
			if e.When != nil {
				got = e.When.Text
				if e.When.Doc != "doc" || e.When.Start.IsZero() || e.When.Value == "" {
					t.Errorf("incomplete When %+v", *e.When)
				}
			}
			if got != tt.want {
				t.Errorf("time %q, want %q%s", got, tt.want, describe(r))
			}
			if e.When != nil && strings.HasPrefix(tt.want, "since") && (e.When.End != mustDate(t, "2022-12-31") || e.When.Granularity != timeline.Year) {
				t.Errorf("since gives %s..%s %s, want its start year", e.When.Start, e.When.End, e.When.Granularity)
			}
		})
	}
}

func TestSentenceSelection(t *testing.T) {
	text := "Berg met Holm in Ostburg.\nBerg met Holm in Ostburg.\nHolm met Falk\nDahl met Falk in Riverton.\nDahl met Berg in 2022."
	doc, tx, am := fixture(t, text, cast, dates)
	lines := splitLines(text)
	lines[2].Kind = timeline.Heading
	lines[3].Kind = timeline.Caption
	lines[4].Kind = timeline.Caption
	doc.Sentences = lines
	r := Document(doc, tx, am, nil)
	got := summaries(r)
	want := []string{"Anna Berg met Gus Holm in Ostburg", "Carl Dahl met Anna Berg"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q: repeats, headings and undated captions are skipped", got, want)
	}
}

func TestMentionIsTheSentence(t *testing.T) {
	text := "Intro line.\nBerg met Holm in Ostburg last week."
	r := extractText(t, text)
	e := find(t, r, KindMeeting)
	if e.Mention.Text != "Berg met Holm in Ostburg last week." || text[e.Mention.Start:e.Mention.End] != e.Mention.Text || e.Mention.Doc != "doc" {
		t.Errorf("mention %+v", e.Mention)
	}
	if got := text[e.Mention.Trigger.Start:e.Mention.Trigger.End]; got != "met" {
		t.Errorf("trigger text %q", got)
	}
}

func TestDeterministic(t *testing.T) {
	text := strings.Repeat("Dahl said that Berg met Holm in Ostburg last week. In response to demands from Sudland, Berg sidelined Falk.\n", 3)
	a := extractText(t, text)
	b := extractText(t, text)
	if describe(a) != describe(b) {
		t.Errorf("two runs differ:%s\n---%s", describe(a), describe(b))
	}
}

// TestOutletsTakeNoPart checks that a news outlet is the channel of what
// it is told, never a party to an event.
func TestOutletsTakeNoPart(t *testing.T) {
	tests := []struct{ name, text string }{
		{"told an outlet", "Berg told CNN on Monday that talks with Holm had failed."},
		{"spoke to an outlet", "Holm spoke with CNN on Monday."},
		{"interview with an outlet", "In an interview with CNN on Monday, Dahl said the plan was dead."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			for _, ev := range r.Events {
				for _, p := range ev.Actors {
					if p.ID == "cnn" {
						t.Errorf("%s event %q has the outlet as %s%s", ev.Kind, ev.Summary, p.Role, describe(r))
					}
				}
			}
		})
	}
}
