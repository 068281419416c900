package tagger

import "strings"

// irregularPast maps the past tenses and participles of English irregular
// verbs to their verb, as WordNet's exception lists (not embedded) do for
// morphy: without them a rare one was a word of no class, tagged by its
// spelling ("Two men hid", "the rebels withdrew", "Armed robbers stole
// diamonds" read hid and withdrew as adjectives, stole as a noun), and
// lemmatised by the suffix rules of regular verbs ("fled" was "flead",
// "bled" "ble", "slew" "slow"). Only a past tense or participle is read
// through it, since some forms are also another verb's base ("to wound",
// "to bore").
var irregularPast = func() map[string]string {
	m := map[string]string{}
	for line := range strings.Lines(`arise arose arisen
		awake awoke awoken
		bear bore borne
		beat beaten
		become became
		begin began begun
		bend bent
		bite bit bitten
		bleed bled
		blow blew blown
		break broke broken
		breed bred
		bring brought
		build built
		burn burnt
		buy bought
		catch caught
		choose chose chosen
		cling clung
		deal dealt
		dig dug
		dive dove
		draw drew drawn
		dream dreamt
		drink drank drunk
		drive drove driven
		eat ate eaten
		fall fell fallen
		feed fed
		feel felt
		fight fought
		flee fled
		fling flung
		fly flew flown
		forbid forbade forbidden
		foresee foresaw foreseen
		forget forgot forgotten
		forgive forgave forgiven
		freeze froze frozen
		get got gotten
		give gave given
		go gone
		grind ground
		grow grew grown
		hang hung
		hear heard
		hide hid hidden
		hold held
		kneel knelt
		know knew known
		lay laid
		lead led
		leap leapt
		lend lent
		lie lain
		lose lost
		mean meant
		meet met
		mislead misled
		mistake mistook mistaken
		overcome overcame
		overrun overran
		oversee oversaw overseen
		overtake overtook overtaken
		overthrow overthrew overthrown
		pay paid
		prove proven
		rebuild rebuilt
		retake retook retaken
		rewrite rewrote rewritten
		ride rode ridden
		ring rang rung
		rise rose risen
		run ran
		seek sought
		sell sold
		send sent
		shake shook shaken
		shine shone
		shoot shot
		show shown
		shrink shrank shrunk
		sing sang sung
		sink sank sunk
		sit sat
		slay slew slain
		sleep slept
		slide slid
		sling slung
		speak spoke spoken
		speed sped
		spend spent
		spin spun
		spit spat
		spring sprang sprung
		stand stood
		steal stole stolen
		stick stuck
		sting stung
		stink stank
		stride strode
		strike struck
		string strung
		strive strove striven
		swear swore sworn
		sweep swept
		swim swam swum
		swing swung
		take took taken
		teach taught
		tear tore torn
		tell told
		think thought
		throw threw thrown
		tread trod trodden
		understand understood
		undertake undertook undertaken
		undo undid undone
		uphold upheld
		wake woke woken
		wear wore worn
		weave wove woven
		weep wept
		win won
		wind wound
		withdraw withdrew withdrawn
		withhold withheld
		withstand withstood
		write wrote written`) {
		f := strings.Fields(line)
		for _, form := range f[1:] {
			m[form] = f[0]
		}
		if len(f) == 3 || !strings.HasSuffix(f[1], "n") {
			pastTense[f[1]] = true // not a participle: "beaten", "gone"
		}
		if len(f) == 3 && f[1] != f[2] {
			pastOnly[f[1]] = true
		}
	}
	return m
}()

// pastTense are the forms of irregularPast that are past tenses;
// pastOnly those that are no participle as well ("shook", not "shot").
var (
	pastTense = map[string]bool{}
	pastOnly  = map[string]bool{}
)
