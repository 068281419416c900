package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// readCase is one sentence of news and what its event of trigger lemma
// must read: its kind, its agent ("-" for none), words its summary holds,
// an actor it must not give the event as agent, and words its summary
// must not end with.
type readCase struct {
	text, trigger, kind, agent, summary, notAgent, notEnd string
}

// newsCast are the bodies the cases below name besides the cast.
var newsCast = []who{
	{text: "Wiltshire Police", id: "wiltshire-police", kind: timeline.Organization},
	{text: "Federal Transport Office", id: "fto", kind: timeline.Organization},
	{text: "FTO", id: "fto", name: "Federal Transport Office", kind: timeline.Organization},
}

func runReadCases(t *testing.T, tests []readCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseTextCast(t, tt.text, slices.Clone(newsCast), nil)
			e := eventBy(t, r, tt.trigger)
			if tt.kind != "" && e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
			if a := agent(e); tt.agent == "-" && a != "" || tt.agent != "" && tt.agent != "-" && a != tt.agent {
				t.Errorf("%q has agent %q, want %q%s", e.Summary, a, tt.agent, describe(r))
			}
			if tt.notAgent != "" && slices.ContainsFunc(e.Actors, func(p timeline.Participant) bool {
				return p.ID == tt.notAgent && p.Role == timeline.RoleAgent
			}) {
				t.Errorf("%q has %s for agent%s", e.Summary, tt.notAgent, describe(r))
			}
			if tt.notEnd != "" && strings.HasSuffix(e.Summary, tt.notEnd) {
				t.Errorf("summary %q ends with %q%s", e.Summary, tt.notEnd, describe(r))
			}
			if !strings.Contains(e.Summary, tt.summary) {
				t.Errorf("summary %q, want it to hold %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestWordsForWhatHappened: a word's first sense is not what an idiom of
// the news tells. Calling someone or something a name in quotation marks
// is said, not telephoned; one who "fell ill" or is "fighting for their
// life" is ill, neither fallen nor in a fight; a response that
// "demonstrated disdain" showed it, in no street; police sealing off a
// scene put up a cordon, no siege (a force named by its county too); a
// "scathing attack" is made of words; a murder's possessor is its victim.
func TestWordsForWhatHappened(t *testing.T) {
	runReadCases(t, []readCase{
		{text: `Anna Berg called Carl Dahl "a liar" on Monday.`, trigger: "call", kind: KindStatement, summary: "Anna Berg called Carl Dahl a liar"},
		{text: `Anna Berg on Monday called the expulsions "totally unacceptable, unjustified and reckless."`, trigger: "call", kind: KindStatement, summary: `"totally unacceptable"`},
		{text: `Anna Berg called Carl Dahl on Monday.`, trigger: "call", kind: KindCall},
		{text: "Carl Dahl fell ill on Monday after the meal.", trigger: "fall", kind: KindOther, summary: "Carl Dahl fell ill"},
		{text: "Carl Dahl went missing on Monday near Ostburg.", trigger: "go", summary: "Carl Dahl went missing"},
		{text: "Prosecutors said they had detained former Defense Minister Carl Dahl on Sunday after he appeared for questioning.", trigger: "detain", notEnd: "former"},
		{text: "Anna Berg and Carl Dahl are fighting for their lives in hospital.", trigger: "fight", kind: KindOther},
		{text: "Anna Berg said on Monday that the response demonstrated complete disdain.", trigger: "demonstrate", kind: KindOther},
		{text: "Thousands of villagers demonstrated outside the embassy on Monday.", trigger: "demonstrate", kind: "protest"},
		{text: "Wiltshire Police declared a major incident on Monday and sealed off parts of the city centre.", trigger: "seal off", kind: "legal", agent: "wiltshire-police"},
		{text: "Anna Berg launched a scathing attack on Carl Dahl on Monday.", trigger: "attack", kind: KindAccusation},
		{text: "Carl Dahl's murder in 2022 shocked Norland.", trigger: "murder", kind: "death", agent: "-", summary: "murder"},
		{text: "Anna Berg was arrested in 2022, a year after Carl Dahl killed himself in a jail cell.", trigger: "kill", kind: "death", agent: "carl-dahl"},
		{text: "Carl Dahl killed himself in a jail cell in 2022.", trigger: "kill", kind: "death", agent: "carl-dahl"},
	})
}

// TestWhoDidIt: the doer of an act told in a clause of its own. A
// pronoun object is never its own verb's subject, so of two people
// named before it, it is the other ("summoned Dahl and asked him"); the
// subject of a clause after "after" is that clause's, though "after" is
// a preposition too; a verb of asking's infinitive is its object's deed
// when the parse reads it as one of purpose; a perfect's adverb leaves
// "had" an auxiliary, no light verb whose subject does the noun after
// it ("had personally ordered the attack"); and "she" after a sentence
// opened by "a Norlish spokeswoman" is the spokeswoman, not the last
// woman named.
func TestWhoDidIt(t *testing.T) {
	runReadCases(t, []readCase{
		{text: "Anna Berg summoned Carl Dahl on Monday and asked him to explain the delay.", trigger: "explain", agent: "carl-dahl"},
		{text: "Anna Berg summoned Carl Dahl on Monday and asked him to explain the delay.", trigger: "ask", summary: "asked Carl Dahl"},
		{text: "Norland acted on Monday after Sudland failed to explain the attack.", trigger: "explain", agent: "sudland"},
		{text: "The regulator on Monday accused Sudland of cheating, and ordered the Sudlish carmaker to fix the cars.", trigger: "order", kind: KindDemand, summary: "to fix the cars"},
		{text: "Norland on Monday accused Sudland of cheating, and ordered the Sudlish carmaker to fix the cars.", trigger: "fix", notAgent: "norland"},
		{text: "Anna Berg said on Monday that Carl Dahl had personally ordered the attack.", trigger: "attack", agent: "-"},
		{text: "Carl Dahl resigned on Monday, days after the world's top-selling carmaker admitted it had lied.", trigger: "admit", agent: "-"},
		{text: "Eva Falk said the plan was sound.\nA Norlish spokeswoman said on Monday the talks had ended. She declined to comment further.", trigger: "decline", notAgent: "eva-falk"},
	})
}

// TestSummaryWords: a summary says what was done in the words that did
// it. "Condemned the attack", performed by saying it, is no "accused the
// attack"; one told "a meeting in Ostburg: …" said what followed the
// colon, not the meeting; and a name restated in brackets is said once.
func TestSummaryWords(t *testing.T) {
	runReadCases(t, []readCase{
		{text: "Norland said on Monday it supported the decision and condemned the attack.", trigger: "condemn", summary: "condemned the attack"},
		{text: `Carl Dahl told a meeting in Ostburg on Monday: "We have failed."`, trigger: "tell", summary: "Carl Dahl said: “We have failed”"},
		{text: "The Federal Transport Office (FTO) told the carmaker on Monday that the cars must be fixed, and that the recall would begin soon, Anna Berg said.", trigger: "say", summary: "Anna Berg said the Federal Transport Office told"},
	})
}
