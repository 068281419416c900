package extract

import "strings"

// A speaker quoted does not say "he" of himself: in `"He was there to buy
// cigarettes. He has nothing to do with this," she told reporters`, he
// is not the lawyer speaking, though she is the one person the sentence
// before named. A third-person pronoun inside a quotation is left
// unresolved when it would stand for the quotation's own speaker, the
// subject of a verb of saying outside the quotation marks in a sentence
// the quotation opens or closes in: a wrong agent is worse than none.

// quotedSpeaker reports whether pronoun j stands inside a quotation whose
// speaker is the actor of mention ref.
func (p parsed) quotedSpeaker(j, ref int) bool {
	text := p.x.doc.Text
	at := p.word(j).Start
	para := strings.LastIndexByte(text[:at], '\n') + 1
	if p.x.quoteReading || !p.x.inQuotation(at) {
		return false // the speaker's own pronoun may lead back to this one
	}
	p.x.quoteReading = true
	defer func() { p.x.quoteReading = false }()
	open := max(strings.LastIndexAny(text[para:at], "\"“"), 0) + para
	end := len(text)
	if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
		end = at + nl
	}
	closing := end
	if c := strings.IndexAny(text[at:end], "\"”"); c >= 0 {
		closing = at + c
	}
	id := p.x.id(ref)
	for si := range p.x.sents {
		s := &p.x.sents[si]
		if s.Span.End <= open || s.Span.Start > closing || s.Span.Start > open && s.Span.End <= closing {
			continue // a sentence the quotation neither opens nor closes in
		}
		q := parsed{x: p.x, s: s}
		for k := range q.s.Words {
			if w := q.word(k).Start; w >= open && w <= closing || q.rel(k) != "nsubj" {
				continue
			}
			if v := q.head(k); v < 0 || !reportingVerb(q.word(v).Lemma) {
				continue
			}
			speaker := q.namedAt(k)
			if personalPronoun(q.word(k).Form) {
				speaker = q.personalRef(k)
			}
			if speaker >= 0 && p.x.id(speaker) == id {
				return true
			}
		}
	}
	return false
}

// inQuotation reports whether byte at lies inside quotation marks opened
// in its paragraph. Wire copy closes a quotation before the paragraph
// ends (or reopens it in the next), so counting the paragraph's marks
// tells a closing straight mark from an opening one, which the marks of
// one sentence cannot ("He has nothing to do with this," she said).
func (x *extractor) inQuotation(at int) bool {
	text := x.doc.Text
	if at < 0 || at > len(text) {
		return false
	}
	para := strings.LastIndexByte(text[:at], '\n') + 1
	return quotedAt(text[para:at])
}
