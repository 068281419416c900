package extract

import (
	"slices"
	"strings"
)

// Event kinds.
const (
	KindMeeting      = "meeting"
	KindCall         = "call"
	KindStatement    = "statement"
	KindAnnouncement = "announcement"
	KindAgreement    = "agreement"
	KindRejection    = "rejection"
	KindProposal     = "proposal"
	KindDemand       = "demand"
	KindAppointment  = "appointment"
	KindDismissal    = "dismissal"
	KindAttack       = "attack"
	KindAccusation   = "accusation"
	KindWarning      = "warning"
	KindVisit        = "visit"
)

// form is the grammatical shape of a trigger word.
type form uint8

const (
	formBase form = iota // meet
	formS                // meets
	formPast             // met (past tense or participle)
	formIng              // meeting (as a verb)
	formNoun             // meeting, talks, call
)

// entry is one trigger word form.
type entry struct {
	lemma string
	kind  string
	form  form
}

// verbSpecs lists trigger verbs as "lemma kind [past [participle]]".
// Regular inflections are generated; irregular ones are given. Synonyms
// count: a rewritten copy of an article says "mentioned" for "said" and
// "declare" for "claim".
var verbSpecs = []string{
	// meetings
	"meet meeting met", "see meeting saw seen", "spend meeting spent", "negotiate meeting", "host meeting", "talk meeting", "sit meeting sat", "shake meeting shook shaken", "greet meeting",
	// calls
	"call call", "phone call", "telephone call", "speak call spoke spoken",
	// statements
	"say statement said", "tell statement told", "state statement", "claim statement",
	"assert statement", "add statement", "mention statement", "declare statement",
	"insist statement", "reiterate statement", "stress statement", "emphasise statement",
	"emphasize statement", "note statement", "argue statement", "indicate statement",
	"acknowledge statement", "report statement", "write statement wrote written",
	"tweet statement", "remark statement", "comment statement", "explain statement",
	"reply statement", "repeat statement", "affirm statement", "deny statement",
	"admit statement", "confirm statement", "signal statement", "suggest proposal",
	// announcements
	"announce announcement", "unveil announcement",
	// agreements
	"accept agreement", "agree agreement", "endorse agreement", "sign agreement",
	"approve agreement", "ratify agreement",
	// rejections
	"reject rejection", "refuse rejection", "decline rejection", "dismiss rejection",
	"oppose rejection", "veto rejection", "rule rejection",
	// proposals
	"propose proposal", "offer proposal",
	// demands
	"demand demand", "urge demand",
	// appointments and dismissals; sidelining someone, or stripping them of
	// a brief, is a dismissal from the role they had
	"appoint appointment", "nominate appointment", "name appointment",
	"sideline dismissal", "fire dismissal", "sack dismissal", "oust dismissal",
	"strip dismissal", "demote dismissal",
	// attacks
	"attack attack", "strike attack struck", "capture attack", "seize attack",
	"invade attack", "annex attack", "occupy attack", "bomb attack", "shell attack",
	"recapture attack", "fight attack fought", "kill attack",
	// accusations and warnings
	"accuse accusation", "criticise accusation", "criticize accusation",
	"condemn accusation", "blame accusation", "denounce accusation",
	"warn warning", "threaten warning", "caution warning",
	// visits
	"visit visit", "travel visit", "arrive visit", "fly visit flew flown",
}

// nounSpecs lists trigger nouns as "word kind lemma".
var nounSpecs = []string{
	"meeting meeting meet", "meetings meeting meet", "talks meeting talk",
	"summit meeting summit", "gathering meeting meet", "discussions meeting discuss",
	"negotiations meeting negotiate", "encounter meeting meet",
	"call call call", "calls call call",
	"statement statement say", "statements statement say", "remarks statement say",
	"comments statement say", "announcement announcement announce",
	"acceptance agreement accept",
	"rejection rejection reject", "refusal rejection refuse",
	"proposal proposal propose",
	"demand demand demand", "demands demand demand",
	"appointment appointment appoint", "nomination appointment nominate",
	"dismissal dismissal dismiss", "ouster dismissal oust", "removal dismissal remove",
	"attack attack attack", "attacks attack attack", "strike attack strike",
	"strikes attack strike", "invasion attack invade", "annexation attack annex",
	"offensive attack attack", "assault attack attack", "bombing attack bomb",
	"seizure attack seize",
	"accusation accusation accuse", "accusations accusation accuse",
	"criticism accusation criticise", "condemnation accusation condemn",
	"warning warning warn", "warnings warning warn", "threat warning threaten",
	"threats warning threaten",
	"visit visit visit", "visits visit visit", "trip visit travel",
}

// doubled lists verbs that double their last consonant before -ed/-ing;
// both spellings are kept for travel.
var doubled = map[string]bool{"admit": true, "travel": true}

var (
	verbs = map[string]entry{}
	nouns = map[string]entry{}
)

// wclass marks the word classes a word belongs to, looked up once per
// token so that the scans over a sentence need no map lookups.
type wclass uint16

const (
	cClause wclass = 1 << iota
	cCoord
	cTriggerHead // starts a two-word trigger: "press conference", "phone call"
	cDet
	cPrep
	cAux
	cBe
	cNeg
	cModHead
	cLight
	cCue // starts a link cue: "in response to", "after"
)

// wordInfo is what the lexicon knows of a word form.
type wordInfo struct {
	cls          wclass
	verb, noun   entry
	isVerb, isNn bool
}

// lexicon maps every word form the rules look up to what is known of it.
var lexicon = map[string]*wordInfo{}

// lexiconShapes holds a bit for each (length, first byte, last byte) of a
// lexicon word: most words of a text have a shape no lexicon word has, and
// are known to be unknown without a map lookup.
var lexiconShapes [32 * 128 * 128 / 64]uint64

func shape(w string) (int, bool) {
	n := len(w)
	f, l := w[0], w[n-1]
	if f >= 128 || l >= 128 {
		return 0, false
	}
	return min(n, 31)<<14 | int(f)<<7 | int(l), true
}

// lookup returns what the lexicon knows of the lower-case word w, or nil.
func lookup(w string) *wordInfo {
	if w == "" {
		return nil
	}
	k, ok := shape(w)
	if ok && lexiconShapes[k>>6]&(1<<(k&63)) == 0 {
		return nil
	}
	if ok {
		if e := &lexiconSlots[slot(k, w)]; e.word == w {
			return e.info // most lookups are of function words, found here
		}
	}
	return lexicon[w]
}

// lexiconSlots is a direct-mapped table in front of the lexicon map.
var lexiconSlots [1 << 12]struct {
	word string
	info *wordInfo
}

func slot(shape int, w string) int {
	h := uint(shape)
	if len(w) > 1 {
		h = h*31 + uint(w[1])
	}
	if len(w) > 2 {
		h = h*31 + uint(w[len(w)-2])
	}
	return int((h * 0x9E3779B1 >> 7) & (1<<12 - 1))
}

func info(w string) *wordInfo {
	in, ok := lexicon[w]
	if !ok {
		in = &wordInfo{}
		lexicon[w] = in
	}
	return in
}

func init() {
	for _, s := range verbSpecs {
		addVerb(strings.Fields(s))
	}
	for _, s := range nounSpecs {
		f := strings.Fields(s)
		nouns[f[0]] = entry{lemma: f[2], kind: f[1], form: formNoun}
	}
	for w, e := range verbs {
		in := info(w)
		in.verb, in.isVerb = e, true
	}
	for w, e := range nouns {
		in := info(w)
		in.noun, in.isNn = e, true
	}
	for w := range clauseWords {
		info(w).cls |= cClause
	}
	for w := range coordinators {
		info(w).cls |= cCoord
	}
	for _, c := range []struct {
		words map[string]bool
		cls   wclass
	}{{determiners, cDet}, {prepositions, cPrep}, {auxiliaries, cAux}, {beForms, cBe}, {negations, cNeg},
		{modifierHeads, cModHead}, {lightVerbs, cLight}} {
		for w := range c.words {
			info(w).cls |= c.cls
		}
	}
	for _, w := range []string{"press", "news", "phone", "telephone"} {
		info(w).cls |= cTriggerHead
	}
	for _, c := range cues {
		info(c.words[0]).cls |= cCue
	}
	words := make([]string, 0, len(lexicon))
	for w := range lexicon {
		words = append(words, w)
	}
	slices.Sort(words) // the same slots on every run
	for _, w := range words {
		if k, ok := shape(w); ok {
			lexiconShapes[k>>6] |= 1 << (k & 63)
			if e := &lexiconSlots[slot(k, w)]; e.word == "" {
				e.word, e.info = w, lexicon[w]
			}
		}
	}
}

// pastOf gives the simple past used in summaries.
var pastOf = map[string]string{"hold": "held"}

// summaryVerb is the verb phrase a summary uses for a trigger lemma, in the
// past tense, and the word that introduces the other participants.
func summaryVerb(lemma, kind string) (verb, prep string) {
	switch lemma {
	case "talk", "negotiate", "discuss", "summit":
		return "held talks", "with"
	case "call", "phone", "telephone", "speak":
		if kind == KindCall {
			return "spoke", "with"
		}
	case "meet":
		return "met", ""
	case "travel":
		return "travelled", "to"
	case "remove":
		return "removed", ""
	}
	if p, ok := pastOf[lemma]; ok {
		return p, ""
	}
	if doubled[lemma] {
		return lemma + lemma[len(lemma)-1:] + "ed", ""
	}
	if strings.Contains(lemma, " ") {
		head, rest, _ := strings.Cut(lemma, " ")
		return regularPast(head) + " " + rest, ""
	}
	return regularPast(lemma), ""
}

// Function words the rules look at.
var (
	determiners  = set("the a an this that these those its his her their our my your any no some every each another such")
	prepositions = set("of for to with from in at on about by between against over under into onto " +
		"toward towards across through during after before since until amid among via regarding " +
		"including despite within without near outside inside aboard excluding barring beside behind beyond")
	pronounsPerson = set("he she him his her")
	pronounsFirst  = set("we i us our my me")
	// Words that start a new clause.
	clauseWords = set("who whom whose which that while whereas although though because " +
		"if unless whether when as since until before after where once")
	coordinators = set("and but then or")
	// Auxiliaries and adverbs that may stand between a subject and its verb.
	auxiliaries = set("is are was were be been being am has have had having do does did " +
		"will would shall should could can may might must 'll 'd to not never also now already " +
		"still then just only yet so far again later first soon once even all both reportedly " +
		"allegedly previously recently directly personally publicly openly repeatedly finally " +
		"since reluctantly effectively quickly")
	beForms    = set("is are was were be been being am")
	haveForms  = set("has have had having")
	modalsWill = set("will shall 'll")
	modalsMay  = set("would could might may should must can 'd cannot")
	negations  = set("not never no neither nor")
	// Verbs that take an event noun as object and say who does it.
	lightVerbs = set("hold holds held holding have has had having make makes made making " +
		"conduct conducts conducted host hosts hosted exchange exchanges exchanged " +
		"give gives gave given attend attends attended join joins joined launch launches " +
		"launched carry carried stage staged")
	// Verbs and adjectives governing an infinitive or an event noun.
	governExpected = set("expected expect expects expecting likely poised anticipated anticipate anticipates predicted")
	governPlanned  = set("plans plan planned planning set scheduled due going intends intend " +
		"intended prepared preparing ready promised promise promises vowed vow pledged pledge " +
		"agreed agree upcoming next forthcoming proposed")
	governOccurred = set("moved move went managed began begin begun started start proceeded " +
		"rushed earlier previous recent last appeared appears appear seemed seems seem continued continues")
	governDenied = set("refused refuse refuses declined decline declines failed fail fails " +
		"cancelled canceled cancel postponed postpone scrapped scrap")
	governHypo = set("future potential possible hypothetical prospective seeks seek sought wants want " +
		"wanted hopes hope hoped tries try tried trying aims aim aimed efforts effort " +
		"willingness unlikely push pushing ask asked urged urge calls called seeking demand demands " +
		"demanded demanding request requests requested requesting")
	// Nouns that follow a country or institution used as a modifier:
	// "US special envoy", "Kremlin spokesman", "Russian forces".
	modifierHeads = set("special envoy envoys president presidential president's minister " +
		"ministers ministry official officials spokesman spokeswoman spokesperson leader leaders " +
		"leadership government administration adviser advisor secretary press national senior " +
		"deputy foreign defence defense military army forces troops soldiers side delegation " +
		"negotiators negotiator diplomat diplomats counterpart counterparts authorities " +
		"officers navy air intelligence security state chief head prime vice former top " +
		"ambassador parliament lawmakers ally allies partners people citizens media source " +
		"sources narratives narrative position positions territory territories control " +
		"soil land region regions proxies invaders border borders commanders ceasefire peace")
	// Statement lemmas whose complement is reported speech.
	speechLemmas = set("say tell state claim assert add mention declare insist reiterate stress " +
		"emphasise emphasize note argue indicate acknowledge report write tweet remark comment " +
		"explain reply repeat affirm deny admit confirm signal announce unveil warn caution " +
		"suggest propose")
	// Kinds a speaker performs by saying so: "we will demand …" is a demand.
	speechActKinds = set(KindDemand + " " + KindRejection + " " + KindProposal + " " +
		KindWarning + " " + KindAgreement + " " + KindAccusation + " " + KindAnnouncement)
	groupPronouns  = set("both two 2 pair")
	objectPronouns = set("him her them us me")
	// Verbs that say of an event noun before them when and where it happens:
	// "talks would begin in Saudi Arabia on Sunday".
	eventVerbs = set("begin begins began begun start starts started resume resumes resumed " +
		"take takes took taken held open opens opened continue continues continued end ends " +
		"ended conclude concludes concluded last lasts lasted convene convenes convened " +
		"go goes went come comes came")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Salience of the events the trigger lexicon finds: they are the kinds a
// timeline is for. Events read off the parse alone get less.
const lexiconSalience = 0.9
