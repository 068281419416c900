package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// A company is often called by the first word of its name alone
// ("Alameda had taken $14 billion" of Alameda Research), which reads as
// a surname when nothing beside it says "company". The text says so
// elsewhere: it writes the word at the head of a name that a noun for a
// kind of body follows ("Alameda Research hedge fund") or that such a
// noun explains ("Alameda Research, the hedge fund he controlled"), or
// it lists the word as an example of such bodies ("lenders such as
// Genesis").

// firmWords retypes as an organisation each person of ms that the
// document calls by one word alone, with no title, role or given name,
// when the text elsewhere calls that word a firm. The mentions take the
// longest name the text so writes ("Alameda Research").
func (g *gazetteer) firmWords(text string, ms []Mention) {
	done := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		w := m.Name
		if m.Kind != timeline.Person || m.Text != w || m.Title != "" || m.Role != "" || m.Ref != "" ||
			strings.Contains(w, " ") || g.isGiven(w) || done[w] {
			continue
		}
		done[w] = true
		name, ok := g.calledFirm(text, w)
		if !ok {
			continue
		}
		for j := range ms {
			if o := &ms[j]; o.Kind == timeline.Person && o.Name == w && o.Text == w && o.Title == "" && o.Role == "" {
				o.Kind, o.Name = timeline.Organization, name
			}
		}
	}
}

// calledFirm reports whether the text calls the word w a firm anywhere,
// and returns the longest name opening with w that it so writes.
func (g *gazetteer) calledFirm(text, w string) (string, bool) {
	name, found := w, false
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			break
		}
		start := at + i
		at = start + len(w)
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.IsLetter(r) {
			continue // inside another word
		}
		if r, _ := utf8.DecodeRuneInString(text[at:]); unicode.IsLetter(r) || r == '-' {
			continue // inside another word
		}
		if exampleOfBodies(text, start) {
			found = true
			continue
		}
		end := capitalRunEnd(text, at)
		if g.firmNounAfter(text, end) {
			found = true
			if run := text[start:end]; len(run) > len(name) && !strings.ContainsAny(run, "'’") {
				name = run
			}
		}
	}
	return name, found
}

// capitalRunEnd returns the end of the capitalised words that follow at
// one space apart ("Research" after "Alameda"), or at.
func capitalRunEnd(text string, at int) int {
	end := at
	for end < len(text) && text[end] == ' ' && end+1 < len(text) && isUpper(text[end+1]) {
		n := end + 1
		for n < len(text) {
			r, size := utf8.DecodeRuneInString(text[n:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			n += size
		}
		end = n
	}
	return end
}

// firmNounAfter reports whether a noun for a kind of body follows the
// name ending at end, as the head of its phrase: directly or after one
// word that qualifies it ("hedge fund", "trading firm"), or in an
// apposition of up to three words after a comma and an article
// ("Alameda Research, the hedge fund he controlled"). A noun that
// qualifies another is no head ("Gus Holm, a company director").
func (g *gazetteer) firmNounAfter(text string, end int) bool {
	rest, limit := text[end:], 2
	for _, art := range []string{", the ", ", a ", ", an "} {
		if strings.HasPrefix(rest, art) {
			rest, limit = rest[len(art)-1:], 3
		}
	}
	// The words after the limit's are never read: the rest of the
	// document split into fields allocated 160 MB of an extract of the
	// 2,000 ECB+ records.
	fields := firstFields(rest, limit+1)
	for i, f := range fields[:min(limit, len(fields))] {
		word := strings.TrimRight(f, ",.;:")
		if !lowerWord(word) || g.lexOf(word)&(lStop|lDeterminer) != 0 {
			return false
		}
		if orgClasses[word] {
			if word != f || i+1 == len(fields) {
				return true
			}
			next := strings.TrimRight(fields[i+1], ",.;:")
			return !lowerWord(next) || g.lexOf(next)&(lStop|lSpeech|lLocPrep) != 0
		}
		if word != f {
			return false // a mark ends the phrase
		}
	}
	return false
}

// firstFields is strings.Fields(s) cut to its first n fields, splitting
// no more of s than they take.
func firstFields(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		out, s = append(out, s[:end]), s[end:]
	}
	return out
}

// exampleOfBodies reports whether the word at start follows "such as"
// after a plural noun for a kind of body: "lenders such as Genesis".
func exampleOfBodies(text string, start int) bool {
	before := strings.TrimSuffix(text[:start], " ")
	before, ok := strings.CutSuffix(before, " such as")
	if !ok {
		return false
	}
	noun := strings.ToLower(wordBefore(before, len(before)))
	if stem, ok := strings.CutSuffix(noun, "ies"); ok {
		return orgClasses[stem+"y"]
	}
	stem, ok := strings.CutSuffix(noun, "s")
	return ok && orgClasses[stem]
}
