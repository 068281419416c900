package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/tagger"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// titleParticiple mends a title-case headline's bare passive participle
// the tagger read as the last word of the name before it: in "Chauvin
// Convicted on All Charges in Death of George Floyd" the name runs on
// into "Convicted", so that the headline tells nothing. Headlines drop
// the auxiliary ("X Convicted" is "X is convicted"), so a capitalised
// word ending in -ed that WordNet has as a verb, right after a person's
// name and before a small word, a mark or the end, is that verb: the
// name its passive subject, and what the parse hung on the name after the
// participle its obliques ("on All Charges"). An organisation's name
// ("Manchester United") is left alone.
func titleParticiple(ws []language.Word) {
	titled := -1 // whether the sentence is in title case, read once it matters
	for k := 1; k < len(ws); k++ {
		if ws[k].UPOS != "PROPN" || !personWord(ws[k-1]) || !personWord(ws[k]) {
			continue
		}
		base := pastBase(ws[k].Form)
		if base == "" {
			continue
		}
		if titled < 0 {
			titled = 0
			if titleCase(ws) {
				titled = 1
			}
		}
		if titled == 0 {
			return
		}
		if k+1 < len(ws) {
			switch ws[k+1].UPOS {
			case "ADP", "DET", "PUNCT", "CCONJ":
			default:
				continue // "Keller Dedicated Fund": a name, or a word it modifies
			}
		}
		h := k - 1 // the name's head: the word of it hung outside it
		for h >= 0 && ws[h].Head-1 >= 0 && ws[h].Head-1 < k && ws[h].Head-1 != h && personWord(ws[ws[h].Head-1]) {
			h = ws[h].Head - 1
		}
		switch {
		case ws[h].Head == k+1:
			// The parse made the participle the name's head ("Holm"
			// a compound of "Convicted"): it keeps its place.
			for j := range h {
				if ws[j].Head == k+1 {
					ws[j].Head = h + 1 // "Gus" of "Gus Holm"
				}
			}
		case ws[k].Head == h+1:
			ws[k].Head, ws[k].Deprel = ws[h].Head, ws[h].Deprel
		default:
			continue
		}
		ws[k].UPOS, ws[k].XPOS, ws[k].Lemma, ws[k].Feats, ws[k].Entity = "VERB", "VBN", base, "Tense=Past|VerbForm=Part|Voice=Pass", ""
		ws[h].Head, ws[h].Deprel = k+1, "nsubj:pass"
		for j := k + 1; j < len(ws); j++ {
			if ws[j].Head == h+1 || ws[j].Head == k+1 {
				ws[j].Head = k + 1
				if ws[j].Deprel == "nmod" {
					ws[j].Deprel = "obl" // "on All Charges": the conviction's
				}
			}
		}
		return
	}
}

// titleCase reports whether the sentence is written in title case (see
// tagger.TitleCase).
func titleCase(ws []language.Word) bool {
	forms := make([]string, len(ws))
	for i := range ws {
		forms[i] = ws[i].Form
	}
	return tagger.TitleCase(forms)
}

// personWord reports whether w is a word of a person's name: a proper
// noun the entity tagger marks as a person, or one it left untagged.
func personWord(w language.Word) bool {
	return w.UPOS == "PROPN" && (w.Entity == "" || w.Entity == "O" || strings.HasSuffix(w.Entity, "PER"))
}

// pastBase returns the verb a capitalised form ending in -ed is the past
// of ("Convicted" convict, "Charged" charge, "Stopped" stop), or "" when
// WordNet has none.
func pastBase(form string) string {
	low := strings.ToLower(form)
	stem, ok := strings.CutSuffix(low, "ed")
	if !ok || len(stem) < 3 || len(form) == 0 || form[0] < 'A' || form[0] > 'Z' {
		return ""
	}
	cands := []string{stem, stem + "e"}
	if n := len(stem); stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	if strings.HasSuffix(stem, "i") {
		cands = append(cands, stem[:len(stem)-1]+"y") // "Buried"
	}
	for _, c := range cands {
		if wn.VerbClass(c) != "" {
			return c
		}
	}
	return ""
}

// cutActorsAtVerbs ends an actor mention before the verb that closes it
// in a headline: the actor finder, reading the title case as the tagger
// did, takes "Chauvin Convicted" for a name, and titleParticiple has
// since found the verb in it. The caller's mentions are left as they are.
func (x *extractor) cutActorsAtVerbs(sents []language.Sentence) {
	cloned := false
	for _, s := range sents {
		if s.Span.Kind != timeline.Heading {
			continue
		}
		for k, w := range s.Words {
			if w.UPOS != "VERB" || k == 0 {
				continue
			}
			prev := s.Words[k-1]
			for i := range x.actors {
				m := x.actors[i]
				if m.Start > prev.Start || m.End != w.End || m.Start >= w.Start || prev.End-m.Start > len(m.Text) {
					continue // a mention whose text is not its span's (FuzzDocument) is left alone
				}
				if !cloned {
					x.actors, cloned = slices.Clone(x.actors), true
					x.tz.actors = x.actors
				}
				cut := prev.End - m.Start
				if m.Name == m.Text {
					x.actors[i].Name = m.Text[:cut]
				}
				x.actors[i].Text, x.actors[i].End = m.Text[:cut], prev.End
			}
		}
	}
}
