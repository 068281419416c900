package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// oneSensePerDiscourse gives an event told with no one in it the kind
// that the document's other tellings of the same word agree on, when
// they name who took part (Gale, Church and Yarowsky 1992: a word keeps
// its sense through a discourse). In a story of a strike of workers, the
// union leader's "We strike at midnight" is the stoppage, not an attack,
// which is the first sense of the verb and all a bare word gives. Only a violent reading is given up so: other
// senses a bare word takes ("the charges" an accusation) the extractor
// reads alike in every document, and its tellings merge by them.
func (x *extractor) oneSensePerDiscourse() {
	evs := x.res.Events
	var sense map[string]string // trigger → the kind its tellings with actors agree on, "" when they disagree
	for i := range evs {
		if len(evs[i].Actors) == 0 {
			continue
		}
		if sense == nil {
			sense = map[string]string{}
		}
		if k, seen := sense[evs[i].Trigger]; !seen {
			sense[evs[i].Trigger] = evs[i].Kind
		} else if k != evs[i].Kind {
			sense[evs[i].Trigger] = ""
		}
	}
	for i := range evs {
		if k := sense[evs[i].Trigger]; k != "" && len(evs[i].Actors) == 0 && evs[i].Kind == "attack" {
			evs[i].Kind = k
		}
	}
}

// strikeSensePerDiscourse gives a bare "strike", one with no word of its
// own saying whose blow or whose stoppage it is, the sense of the
// document's other strikes when these are blows by their own words and
// none is a stoppage: after "a drone strike in Kabul", "the strike came
// three days after the bombing" is that blow, not a labour protest, which
// is the noun's first sense and all a bare word gives.
func (x *extractor) strikeSensePerDiscourse(sents []language.Sentence) {
	var bare []int
	blows := false
	for i := range x.res.Events {
		ev := &x.res.Events[i]
		if ev.Mention.Trigger == nil || !strings.EqualFold(ev.Trigger, "strike") {
			continue
		}
		p, w, ok := parsedWordAt(x, sents, ev.Mention.Trigger.Start)
		if !ok || p.word(w).UPOS != "NOUN" {
			continue
		}
		p = x.parse(p.s)
		switch {
		case p.workStoppage(w):
			return
		case ev.Kind == "attack" || p.weaponStrike(w):
			blows = true // a noun's first sense is the stoppage: a blow was read off its words
		case ev.Kind == "protest":
			bare = append(bare, i)
		}
	}
	if !blows {
		return
	}
	for _, i := range bare {
		x.res.Events[i].Kind = "attack"
	}
}
