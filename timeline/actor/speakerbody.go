package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// "Our government will not bow," a speaker says: the government is the
// speaker's state's, which the article need not name. The state an
// article names most, or the government named last, is as often the
// other side's ("the Danish government protested. 'Our government …,'
// said the Norvish envoy"). The quotation's speaker decides: a person
// whose state Find read ("Danish Foreign Minister Anna Berg") gives the
// body that state, and a speaker of no known state (a pronoun, a bare
// name) leaves it no body.

// speakersBody settles the sole body m, written with "our" or "my",
// when it stands inside a quotation, and reports whether it did: the
// body of the state of the quotation's speaker, or none.
func speakersBody(text string, ms []Mention, m *Mention) bool {
	open, close, ok := quotationAround(text, m.Start)
	if !ok {
		return false // the writer's own "our government", left to the home country
	}
	m.Name, m.Ref, m.Country = "", "", "" // ordered drops it
	p := quotationSpeaker(text, ms, open, close)
	if p == nil {
		p = pronounSpeaker(text, ms, open, close)
	}
	if p == nil {
		return true
	}
	switch {
	case p.Country != "":
		m.Name, m.Country = strings.ToLower(m.Text[strings.LastIndexByte(m.Text, ' ')+1:]), p.Country
	case headOfGovernment(ms, p):
		// A president or prime minister of no state the document
		// writes heads the story's own: the government the story's
		// places name (see homeGovernment).
		m.Name = strings.ToLower(m.Text[strings.LastIndexByte(m.Text, ' ')+1:])
	}
	return true
}

// pronounSpeaker returns, for a quotation a pronoun says (`…," he said`,
// `He said: "…`), the person named last before it, within a sentence or
// two: "President Vell called the contracts historic. \"My government
// …,\" he said".
func pronounSpeaker(text string, ms []Mention, open, close int) *Mention {
	after := strings.TrimLeft(text[close+1:min(close+16, len(text))], ", ")
	before := strings.TrimRight(text[max(open-12, 0):open], ": ")
	if !startsPronounSpeech(after) && !strings.HasSuffix(before, "he said") {
		return nil
	}
	var last *Mention
	for k := range ms {
		if p := &ms[k]; p.Kind == timeline.Person && p.End <= open && open-p.End <= 240 {
			last = p
		}
	}
	return last
}

// startsPronounSpeech reports whether s opens with "he" or "she" and a
// verb of saying.
func startsPronounSpeech(s string) bool {
	for _, pre := range []string{"he said", "she said", "he added", "she added", "he told", "she told"} {
		if strings.HasPrefix(s, pre) {
			return true
		}
	}
	return false
}

// headOfGovernment reports whether a mention of the person p's name gives
// them the bare title of a head of state or government ("President", not
// "Former President" nor "Vice President").
func headOfGovernment(ms []Mention, p *Mention) bool {
	for k := range ms {
		if o := &ms[k]; o.Kind == timeline.Person && o.Name == p.Name && (headTitles[strings.ToLower(o.Title)] || headTitles[strings.ToLower(o.Role)]) {
			return true
		}
	}
	return false
}

// headTitles are the titles of a head of state or government.
var headTitles = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true}

// quotationAround returns the offsets of the marks opening and closing
// the quotation of its paragraph that holds offset at, or false.
func quotationAround(text string, at int) (open, close int, ok bool) {
	para := strings.LastIndexByte(text[:at], '\n') + 1
	open = -1
	for i, r := range text[para:at] {
		switch r {
		case '"':
			if open < 0 {
				open = para + i
			} else {
				open = -1
			}
		case '“':
			open = para + i
		case '”':
			open = -1
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	end := len(text)
	if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
		end = at + nl
	}
	close = strings.IndexAny(text[at:end], "\"”")
	if close < 0 {
		return 0, 0, false
	}
	return open, at + close, true
}

// maxSpeakerGap bounds the words between a quotation and its speaker's
// name: `," said Foreign Minister Anna Berg`.
const maxSpeakerGap = 40

// quotationSpeaker returns the person named right after the quotation
// ("…," Anna Berg said) or, failing one, right before it (Anna Berg
// said: "…"), or nil.
func quotationSpeaker(text string, ms []Mention, open, close int) *Mention {
	for k := range ms {
		p := &ms[k]
		if p.Kind == timeline.Person && p.Start > close && p.Start-close <= maxSpeakerGap && !strings.ContainsAny(text[close+1:p.Start], ".\n") {
			return p
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		p := &ms[k]
		if p.Kind == timeline.Person && p.End <= open && open-p.End <= maxSpeakerGap && !strings.ContainsAny(text[p.End:open], ".\n") {
			return p
		}
	}
	return nil
}
