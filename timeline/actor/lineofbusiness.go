package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// News says once what a body does and then calls it by that: "Equifax, a
// credit reporting company, …  The credit reporting company said",
// "Meta, the social network, … the social network", "the German carmaker
// Volkswagen … the carmaker". A definite description that repeats the
// words of such a characterisation, its head last (all of them or fewer:
// "the carmaker" of "the German carmaker"), stands for the nearest body
// before it that the text so characterised. No list of companies is kept:
// the text says what each is, and a description it never gave a body
// stays unresolved.

// characterisation is what the text called a named body beside its name.
type characterisation struct {
	words []string // lower case, the head last: "credit reporting company"
	end   int      // where the characterisation ends: a description before it is no repeat
	body  *Mention
}

// lineOfBusiness resolves, in the document's kept sentences, the
// definite descriptions that repeat a characterisation of a named body:
// a mention of the description is renamed as the body, or added when
// Find read none there.
func lineOfBusiness(text string, ms []Mention, sents []timeline.Span) []Mention {
	var chars []characterisation
	for k := range ms {
		o := &ms[k]
		if !named(o) || o.Modifier {
			continue
		}
		if words, end, ok := apposedAfter(text, o.End); ok {
			chars = append(chars, characterisation{words, end, o})
		}
		if words, ok := classBefore(text, o.Start); ok {
			chars = append(chars, characterisation{words, o.End, o})
		}
	}
	if len(chars) == 0 {
		return ms
	}
	n := len(ms)
	for _, sp := range sents {
		sp.Start, sp.End = max(sp.Start, 0), min(sp.End, len(text)) // spans from outside may overrun the text
		for at := sp.Start; at < sp.End; {
			i := indexFold(text[at:sp.End], "the ")
			if i < 0 {
				break
			}
			start := at + i
			at = start + 4
			if start > 0 && isLetter(text[start-1]) {
				continue
			}
			c, end := repeated(text, start+4, sp.End, chars)
			if c == nil {
				continue
			}
			o := c.body
			if k := coveredBy(ms[:n], start, end); k >= 0 {
				if m := &ms[k]; !named(m) && m.Kind == timeline.Organization {
					m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
				}
				continue
			}
			ms = append(ms, Mention{Start: start, End: end, Text: text[start:end], Name: o.Name, Kind: o.Kind,
				Ref: o.Ref, Country: o.Country, Modifier: strings.HasSuffix(text[start:end], "'s") || strings.HasSuffix(text[start:end], "’s")})
		}
	}
	return ms
}

// repeated returns the nearest characterisation ending before at whose
// words the description at text[at:] repeats, its head last, and where
// the description ends; nil when there is none. A capitalised word after
// the description makes it a class noun before another name ("the social
// network Threads").
func repeated(text string, at, limit int, chars []characterisation) (*characterisation, int) {
	var best *characterisation
	bestEnd := 0
	for k := range chars {
		c := &chars[k]
		if c.end > at || best != nil && c.end < best.end {
			continue
		}
		head := c.words[len(c.words)-1]
		p, w := at, 0
		for p < limit {
			word := wordAt(text, p, limit)
			lw := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s"))
			for w < len(c.words)-1 && c.words[w] != lw {
				w++
			}
			if w >= len(c.words) || c.words[w] != lw {
				break
			}
			end := p + len(word)
			if lw == head && w == len(c.words)-1 {
				if next := wordAt(text, skipSpace(text, end, limit), limit); next == "" || !isUpper(next[0]) || end < limit && text[end] != ' ' {
					best, bestEnd = c, end
				}
				break
			}
			if word != lw || end >= limit || text[end] != ' ' {
				break // a capital or a possessive inside: no repeat
			}
			p, w = end+1, w+1
		}
	}
	return best, bestEnd
}

// apposedAfter reads the characterisation in an apposition right after a
// name: ", a credit reporting company,", ", the German carmaker.",
// ", Europe's biggest budget airline,". Its words are lower case after
// the article (a state's possessive aside), its head a noun for a thing,
// and it ends the clause.
func apposedAfter(text string, at int) ([]string, int, bool) {
	rest := text[at:]
	var art string
	for _, a := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(rest, a) {
			art = a
		}
	}
	if art == "" {
		if w := wordAt(text, at+2, len(text)); !strings.HasPrefix(rest, ", ") || w == "" || !isUpper(w[0]) || !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
			return nil, 0, false
		}
		art = ", " // "Ryanair, Europe's biggest budget airline,": the possessive is its determiner
	}
	p := at + len(art)
	var words []string
	for len(words) < 6 {
		w := wordAt(text, p, len(text))
		if w == "" {
			return nil, 0, false
		}
		end := p + len(w)
		if len(words) == 0 && isUpper(w[0]) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			p = skipSpace(text, end, len(text)) // "Europe's biggest budget airline"
			continue
		}
		if isUpper(w[0]) || !lowerWord(w) {
			return nil, 0, false
		}
		words = append(words, w)
		if end < len(text) && strings.IndexByte(",.;", text[end]) >= 0 {
			return headed(words, end)
		}
		if end >= len(text) || text[end] != ' ' {
			return nil, 0, false
		}
		p = end + 1
	}
	return nil, 0, false
}

// classBefore reads the characterisation written as a class noun before
// a name: "the social network Meta", "the German carmaker Volkswagen".
func classBefore(text string, at int) ([]string, bool) {
	before := strings.TrimSuffix(text[:at], " ")
	if len(before) == at {
		return nil, false
	}
	fields := strings.Fields(before[max(0, len(before)-60):])
	var words []string
	for k := len(fields) - 1; k >= 0 && len(words) < 5; k-- {
		w := fields[k]
		if lw := strings.ToLower(w); lw == "the" || lw == "a" || lw == "an" {
			if len(words) < 2 {
				return nil, false // "the carmaker Volkswagen": one word the class-noun rules already read
			}
			rev := make([]string, len(words))
			for j := range words {
				rev[len(words)-1-j] = words[j]
			}
			ws, _, ok := headed(rev, 0)
			return ws, ok
		}
		if !lowerWord(w) {
			if len(words) > 0 && isUpper(w[0]) && k > 0 && strings.EqualFold(fields[k-1], "the") {
				continue // "the German carmaker": a state's adjective describes, no part of the line of business
			}
			return nil, false
		}
		words = append(words, w)
	}
	return nil, false
}

// headed keeps words whose last is a noun for a thing, not a person:
// ", a credit reporting company," is a line of business, ", a former
// minister," a person's role ("chipmaker", which WordNet may lack, is
// a maker of things).
func headed(words []string, end int) ([]string, int, bool) {
	head := words[len(words)-1]
	if c := wn.NounClass(head); c == "person" || c == "" && !strings.HasSuffix(head, "maker") {
		return nil, 0, false
	}
	return words, end, true
}

// lowerWord reports whether w is a word of lower-case letters and
// hyphens.
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return w != ""
}

// wordAt returns the word at p: letters, hyphens, apostrophes and digits.
func wordAt(text string, p, limit int) string {
	if p >= limit {
		return ""
	}
	e := p
	for e < limit && (isLetter(text[e]) || text[e] == '-' || text[e] == '\'' || text[e] >= '0' && text[e] <= '9' || text[e] >= 0x80) {
		e++
	}
	return strings.TrimRight(text[p:e], "'-")
}

func skipSpace(text string, p, limit int) int {
	for p < limit && text[p] == ' ' {
		p++
	}
	return p
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring
// the case of the haystack's first letter ("The social network").
func indexFold(s, needle string) int {
	i, j := strings.Index(s, needle), strings.Index(s, strings.ToUpper(needle[:1])+needle[1:])
	switch {
	case i < 0:
		return j
	case j < 0:
		return i
	}
	return min(i, j)
}

// coveredBy returns the index of a mention of ms overlapping
// [start, end), or -1.
func coveredBy(ms []Mention, start, end int) int {
	for k := range ms {
		if ms[k].Start < end && start < ms[k].End {
			return k
		}
	}
	return -1
}
