package extract

// mergeSpeaking folds a fronted "Speaking to reporters in Washington" or
// "Writing in a newspaper" into the saying it introduces: one statement,
// with the place and time of both.
func (s *sentence) mergeSpeaking(cands []cand) {
	for k := range cands {
		c := &cands[k]
		if !settingSpeech[c.t.lemma] || c.t.form != formIng || len(c.roles.agents) == 0 {
			continue
		}
		for j := k + 1; j < len(cands); j++ {
			m := &cands[j]
			if !m.t.speech() || len(m.roles.agents) == 0 || m.roles.agents[0] != c.roles.agents[0] {
				continue
			}
			if len(c.roles.participants) > 0 && len(m.roles.participants) == 0 {
				break // "speaking with Putin": a call of its own
			}
			c.dropped, c.echo = true, j
			m.roles.places = appendAll(m.roles.places, c.roles.places)
			if m.when == nil {
				m.when = c.when
			}
			break
		}
	}
}

// mergeEchoes folds an event noun owned by "their" or "its" into the verb
// event before it of the same kind: "delegations sat down in Riyadh on
// Tuesday for their first talks" is one meeting.
func (s *sentence) mergeEchoes(cands []cand) {
	s.mergeSpeaking(cands)
	for k := range cands {
		c := &cands[k]
		if !c.t.noun() || c.lv >= 0 {
			continue
		}
		j := s.possessor(c.t.tok)
		owned := j >= 0 && s.toks[j].kind == tWord && collective[s.toks[j].low]
		if !owned && !s.governedByPrep(c.t.tok) {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			prev := &cands[p]
			if prev.t.noun() || prev.dropped {
				continue
			}
			if prev.t.kind == c.t.kind || prev.t.lemma == "speak" && c.t.kind == KindStatement {
				// "shook hands during a bilateral meeting at the summit in
				// Osaka": the nouns tell the same meeting.
				c.dropped, c.echo = true, p
				if prev.when == nil {
					prev.when = c.when
				}
				prev.roles.places = appendAll(prev.roles.places, c.roles.places)
				prev.roles.participants = appendAll(prev.roles.participants, c.roles.participants)
			} else if owned && len(c.roles.agents) == 0 {
				c.roles.agents = prev.roles.agents // "their": the doers before
			}
			break
		}
	}
}

var collective = set("their its")

// governedByPrep reports whether the noun at n stands in a phrase that a
// preposition of time or setting opens: "during a bilateral meeting", "at
// the G20 summit".
func (s *sentence) governedByPrep(n int) bool {
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		t := s.toks[k]
		switch {
		case t.kind == tWord && settingPreps[t.low]:
			return true
		case t.kind == tPunct, t.kind == tWord && (t.has(cPrep) || t.has(cClause) || t.has(cAux)):
			return false
		}
	}
	return false
}

var settingPreps = set("during at for in by")
