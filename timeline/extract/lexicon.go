package extract

import "strings"

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
	"meet meeting met", "negotiate meeting", "host meeting", "talk meeting", "sit meeting sat", "shake meeting shook shaken",
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
	"strip dismissal",
	// attacks
	"attack attack", "strike attack struck", "capture attack", "seize attack",
	"invade attack", "annex attack", "occupy attack", "bomb attack", "shell attack",
	"recapture attack", "fight attack fought",
	// accusations and warnings
	"accuse accusation", "criticise accusation", "criticize accusation",
	"condemn accusation", "blame accusation", "denounce accusation",
	"warn warning", "threaten warning", "caution warning",
	// visits
	"visit visit", "travel visit",
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

func init() {
	for _, s := range verbSpecs {
		addVerb(strings.Fields(s))
	}
	for _, s := range nounSpecs {
		f := strings.Fields(s)
		nouns[f[0]] = entry{lemma: f[2], kind: f[1], form: formNoun}
	}
}

func addVerb(f []string) {
	lemma, kind := f[0], f[1]
	past, part := regularPast(lemma), ""
	if len(f) > 2 {
		past = f[2]
	}
	if len(f) > 3 {
		part = f[3]
	}
	put := func(w string, fm form) {
		if _, ok := verbs[w]; !ok && w != "" {
			verbs[w] = entry{lemma: lemma, kind: kind, form: fm}
		}
	}
	put(lemma, formBase)
	put(thirdPerson(lemma), formS)
	put(past, formPast)
	put(part, formPast)
	put(presentParticiple(lemma), formIng)
	if doubled[lemma] {
		last := lemma[len(lemma)-1:]
		put(lemma+last+"ed", formPast)
		put(lemma+last+"ing", formIng)
	}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func thirdPerson(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ies"
	}
	return v + "s"
}

func regularPast(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

func presentParticiple(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// pastOf gives the simple past used in summaries.
var pastOf = map[string]string{
	"meet": "met", "speak": "spoke", "say": "said", "tell": "told", "strike": "struck",
	"write": "wrote", "hold": "held",
}

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
		"including despite within without near outside inside")
	pronounsPerson = set("he she him his her")
	pronounsFirst  = set("we i us our my me")
	// Words that start a new clause.
	clauseWords = set("who whom whose which that while whereas although though because " +
		"if unless whether when as since until before after where")
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
		"agreed agree upcoming future next forthcoming proposed")
	governOccurred = set("moved move went managed began begin begun started start proceeded " +
		"rushed earlier previous recent last appeared appears appear seemed seems seem continued continues")
	governDenied = set("refused refuse refuses declined decline declines failed fail fails")
	governHypo   = set("potential possible hypothetical prospective seeks seek sought wants want " +
		"wanted hopes hope hoped tries try tried trying aims aim aimed efforts effort " +
		"willingness unlikely push pushing ask asked urged urge calls called seeking")
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
	groupPronouns = set("both two 2 pair")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
