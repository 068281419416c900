package extract

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
