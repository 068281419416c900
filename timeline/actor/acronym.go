package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// News names a body in full once and then by its initials: "the UK Health
// Security Agency" is "the UKHSA", "the Care Quality Commission" "the
// CQC", in the same article or in the next. A word in capitals the
// gazetteer lacks is such a body when its letters are the initials of one
// the story names (a word in capitals inside the name counts whole: "UK",
// "NHS"); it is found tentatively, settled by the document's own bodies,
// else by the corpus (see confirm), and dropped when nothing spells it.
// Each capitalised part of a hyphenated word gives its initial ("World
// Anti-Doping Agency" is "WADA").

// acronym returns the initials of a body's name ("UKHSA" of "UK Health
// Security Agency"), or "" for a name of one word.
func acronym(name string) string {
	var b strings.Builder
	n := 0
	for w := range strings.FieldsSeq(name) {
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			w = strings.TrimSuffix(w, suf)
		}
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue // "of", "and", "the"
		}
		n++
		if len(w) > 1 && strings.ToUpper(w) == w {
			b.WriteString(w)
			continue
		}
		b.WriteByte(w[0])
		// "World Anti-Doping Agency" is "WADA", "Hewlett-Packard" "HP":
		// each capitalised part of a hyphenated word gives its initial.
		for rest := w; ; {
			_, after, ok := strings.Cut(rest, "-")
			if !ok {
				break
			}
			if after != "" && after[0] >= 'A' && after[0] <= 'Z' {
				b.WriteByte(after[0])
			}
			rest = after
		}
	}
	if n < 2 {
		return ""
	}
	return b.String()
}

// acronymAt reads a word in capitals at token i that may be a body's
// initials ("UKHSA", "CQC"), as a tentative mention.
func (s *sentence) acronymAt(i int) (Mention, bool) {
	t := s.toks[i]
	w := s.str(i)
	if t.is(tInitial) {
		// "the E.P.A. said": some papers dot a body's initials.
		if n := len(capsOf(w)); n < 3 || n > 6 || len(w) < 2*n-1 || t.is(tDigit) || t.is(tHyphen) {
			return Mention{}, false
		}
	} else if !t.is(tUpper) || t.is(tDigit) || t.is(tHyphen) || t.end-t.start < 2 || t.end-t.start > 6 {
		return Mention{}, false
	}
	// Two capitals are a body's initials only where the body acts as one
	// ("GM said", "BP chairman"): elsewhere they are as often a unit, a
	// grade or a person's initials ("2 GB", "JD").
	if t.end-t.start == 2 && (!s.initialsSpeak(i) && !s.initialsHoldOffice(i) || t.is(tPoss)) {
		return Mention{}, false
	}
	// A word shouted in capitals ("FIRE AT MARFIN BANK") is no body's
	// initials, but the initials WordNet files as a body are ("FDIC").
	if l := strings.ToLower(w); len(w) >= 4 && !t.is(tInitial) && (wn.NounClass(l) != "" && wn.NounClass(l) != "group" || wn.VerbClass(l) != "") {
		return Mention{}, false
	}
	speaks := s.initialsSpeak(i)
	return Mention{Start: t.start, End: t.end, Text: w, Name: w, Kind: timeline.Organization, Tentative: !speaks && !s.initialsHoldOffice(i),
		Modifier: t.is(tPoss) || s.qualifiesTitle(i+1), speaks: speaks}, true
}

// initialsSpeak reports whether the word in capitals at i says something
// in the body of an article, with no article before it ("KPMG said the
// firm would cooperate", "said KPMG"), or is spoken for ("a spokesman for
// KPMG"): a firm known by its initials alone, which no one spells out.
// A person's initials ("CEO", "MP") are another's title.
func (s *sentence) initialsSpeak(i int) bool {
	if s.kind != timeline.Body && s.kind != timeline.Quote || s.toks[i].is(tPoss) ||
		wn.NounClass(strings.ToLower(s.str(i))) == "person" || s.has(lDeterminer, i-1) {
		return false
	}
	if s.has(lSpeech, i+1) || s.has(lSpeech, i-1) && s.punct(i+1, '.') {
		return true
	}
	return s.word(i-1) && s.str(i-1) == "for" && s.word(i-2) && spokesRoles[s.lower(i-2)]
}

// firmOffices are the offices a firm's or body's name goes before, written
// in capitals no person's title ("FTX co-founder Gary Wang"; "ICU nurse"
// names a ward).
var firmOffices = map[string]bool{"founder": true, "co-founder": true, "cofounder": true, "chairman": true,
	"chairwoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "boss": true, "ceo": true}

// initialsHoldOffice reports whether the word in capitals at i names the
// body an office after it is held in: "FTX co-founder Gary Wang", "the
// FTX chief executive". Such initials are a body's, spelled out or not.
func (s *sentence) initialsHoldOffice(i int) bool {
	k := i + 1
	if s.word(k+1) && s.lower(k) == "chief" && s.lower(k+1) == "executive" {
		return true
	}
	return s.word(k) && firmOffices[s.lower(k)]
}

// capsOf returns the letters of initials written with dots ("EPA" of
// "E.P.A."), or w.
func capsOf(w string) string {
	if !strings.Contains(w, ".") {
		return w
	}
	return strings.ReplaceAll(w, ".", "")
}

// acronymKey files a body's initials apart from surnames and first words.
const acronymKey = "\x00acronym:"

// acronymMention reports whether m is a tentative word in capitals.
func acronymMention(m *Mention) bool {
	return m.Tentative && m.Kind == timeline.Organization && m.Role == "" && strings.ToUpper(m.Text) == m.Text
}

// settleAcronyms gives each tentative word in capitals the body of the
// document it spells, or that it stands in brackets after ("the Free
// Democrats (FDP)", whose initials are of the party's own language), and
// makes a body of its own of one joined by "and" or "or" to a named body
// ("the Liberal Democrats and the SNP"), unless it is a word for a person
// ("the CEO"); the others wait for the corpus.
func settleAcronyms(text string, ms []Mention) {
	var defined map[string]*Mention // a word in capitals → the body it stands after, bracketed
	for k := range ms {
		if m := &ms[k]; k > 0 && (acronymMention(m) || shortNameMention(m)) &&
			(bracketed(text, m.Start, m.End) && bodyBefore(text, &ms[k-1], m.Start, "(") || knownAs(text, &ms[k-1], m.Start)) {
			if defined == nil {
				defined = map[string]*Mention{}
			}
			if _, ok := defined[m.Text]; !ok {
				defined[m.Text] = &ms[k-1]
			}
		}
	}
	for k := range ms {
		m := &ms[k]
		if o := defined[m.Text]; o != nil && (acronymMention(m) || shortNameMention(m)) {
			m.Name, m.Ref, m.Country, m.Tentative = o.Name, o.Ref, o.Country, false
			continue
		}
		if !acronymMention(m) {
			continue
		}
		if o := defined[m.Text]; o != nil {
			m.Name, m.Ref, m.Country, m.Tentative = o.Name, o.Ref, o.Country, false
			continue
		}
		for j := range ms {
			o := &ms[j]
			if named(o) && !o.Tentative && acronym(o.Name) == capsOf(m.Text) {
				m.Name, m.Ref, m.Country, m.Tentative = o.Name, o.Ref, o.Country, false
				break
			}
		}
		if m.Tentative && wn.NounClass(strings.ToLower(m.Text)) != "person" &&
			(k > 0 && coordinatedBody(text, &ms[k-1], m.Start, true) || k+1 < len(ms) && coordinatedBody(text, &ms[k+1], m.End, false)) {
			m.Tentative = false
		}
	}
}

// bracketedShortName reads a word with two capitals or more that is not
// all capitals, alone in brackets ("the Federal Financial Supervisory
// Authority (BaFin)"), as a tentative body: a short name in the body's
// own language, which settleAcronyms gives the body before the brackets.
func (s *sentence) bracketedShortName(i int) (Mention, bool) {
	t := s.toks[i]
	w := s.str(i)
	if t.is(tUpper) || t.is(tDigit) || t.is(tHyphen) || t.is(tPoss) || !bracketed(s.text, t.start, t.end) || !shortNameCase(w) {
		return Mention{}, false
	}
	return Mention{Start: t.start, End: t.end, Text: w, Name: w, Kind: timeline.Organization, Tentative: true}, true
}

// shortNameCase reports whether w is one word of letters with two
// capitals or more and a lower-case letter ("BaFin", "FinCEN"): a body's
// short name, as no person's name is written.
func shortNameCase(w string) bool {
	caps, lowers := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r >= 'a' && r <= 'z':
			lowers++
		default:
			return false
		}
	}
	return caps >= 2 && lowers > 0 && w[0] >= 'A' && w[0] <= 'Z'
}

// shortNameMention reports whether m is a body's short name still written
// as it stands: a word in capitals ("FINMA") or one of shortNameCase
// ("BaFin"), which a definition beside a body's full name may name.
func shortNameMention(m *Mention) bool {
	return m.Kind == timeline.Organization && m.Role == "" && m.Ref == "" && m.Name == m.Text && !strings.Contains(m.Text, " ") &&
		(len(m.Text) >= 2 && strings.ToUpper(m.Text) == m.Text || shortNameCase(m.Text))
}

// knownAs reports whether the named body o ends right before ", known as"
// (or "known as", ", or") and the word at at: "the Swiss Financial Market
// Supervisory Authority, known as FINMA,".
func knownAs(text string, o *Mention, at int) bool {
	if o.Kind != timeline.Organization || !named(o) || o.Tentative || o.End > at {
		return false
	}
	gap := strings.TrimSpace(text[o.End:at])
	return gap == ", known as" || gap == "known as" || gap == ", also known as"
}

// bracketed reports whether text[start:end] stands alone in brackets.
func bracketed(text string, start, end int) bool {
	return start > 0 && end < len(text) && text[start-1] == '(' && text[end] == ')'
}

// bodyBefore reports whether o is a named body that ends right before
// the opening sep at at, a space between.
func bodyBefore(text string, o *Mention, at int, sep string) bool {
	return o.Kind == timeline.Organization && named(o) && !o.Tentative && o.End <= at &&
		strings.TrimSpace(text[o.End:at]) == sep
}

// coordinatedBody reports whether the named body o is joined to the word
// at at by "and" or "or" (with an article), o before it when before is
// set, else after it.
func coordinatedBody(text string, o *Mention, at int, before bool) bool {
	if o.Kind != timeline.Organization || !named(o) || o.Tentative {
		return false
	}
	var gap string
	if before {
		if o.End > at {
			return false
		}
		gap = text[o.End:at]
	} else {
		if o.Start < at {
			return false
		}
		gap = text[at:o.Start]
	}
	gap = strings.TrimSuffix(strings.TrimSpace(gap), " the")
	return gap == "and" || gap == "or" || gap == ", and" || gap == ", or"
}
