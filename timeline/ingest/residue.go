package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Leftovers of markup in text lines, and the rune tests the rules share.

// isTagResidue reports a line that is only HTML markup or a piece of a
// tag broken over lines ("<", "div>", "</p>").
func isTagResidue(s string) bool {
	if s == "<" || s == ">" || s == "/>" {
		return true
	}
	if len(s) > 300 || s[0] != '<' && s[len(s)-1] != '>' {
		return false
	}
	rest := stripTags(s)
	if rest == "" {
		return true
	}
	if rest[0] == '<' && len(rest) > 1 && (isASCIILetter(rest[1]) || rest[1] == '/') && !strings.Contains(rest, ">") {
		return tagLike(rest[1:]) // "<div class='x'" with its ">" on the next line
	}
	if rest[len(rest)-1] == '>' && !strings.Contains(rest, "<") {
		return tagLike(rest[:len(rest)-1]) // "div>", `class="x">`
	}
	return false
}

// stripTags removes complete <…> tags and the space around them.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || i+1 >= len(s) || !(isASCIILetter(s[i+1]) || s[i+1] == '/' || s[i+1] == '!') {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	return strings.TrimSpace(b.String())
}

// tagLike reports the inside of a tag: a name and attributes.
func tagLike(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "/")
	name, attrs, _ := strings.Cut(s, " ")
	name = strings.TrimSuffix(name, "/")
	if name == "" || !htmlTags[strings.ToLower(name)] && !strings.Contains(name, "=") {
		return false
	}
	for _, a := range strings.Fields(attrs) {
		if !strings.Contains(a, "=") && a != "/" && !strings.HasSuffix(a, `"`) && !strings.HasSuffix(a, "'") {
			return false
		}
	}
	return true
}

var htmlTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`a abbr article aside b blockquote body br button caption cite
		code div em figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe
		img input label li link main meta nav noscript ol p picture pre script section small source
		span strong style sub sup svg table tbody td template th thead time tr u ul video`) {
		htmlTags[t] = true
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isOpeningQuote(r rune) bool {
	return r == '“' || r == '"' || r == '‘' || r == '\'' || r == '«' || r == '„'
}
