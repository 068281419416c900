package dot

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text returns s as a DOT quoted string for a label or tooltip. Graphviz
// reads such strings twice, as DOT and as an escString with HTML
// entities, so besides quotes it escapes backslashes (a literal "\N" stays
// literal), &, < and > (as entities), turns line breaks into \n and other
// control characters into spaces, and replaces invalid UTF-8.
func Text(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	s = normalise(s)
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ID returns s as a DOT quoted string for a node name, a URL or any other
// attribute that is not displayed text: quotes and backslashes escaped,
// control characters as spaces, invalid UTF-8 replaced. Quoting always
// keeps an id such as "<b>" from reading as an HTML string.
func ID(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ReplaceAll(normalise(s), "\n", " ") {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// normalise makes s valid UTF-8 with "\n" as its only control character.
func normalise(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == '\u2028', r == '\u2029':
			return ' '
		}
		return r
	}, s)
}

// Anchor returns s made fit for an SVG id: ASCII letters, digits, '-' and
// '.' stay, every other byte becomes _xx in hex, so distinct inputs give
// distinct anchors.
func Anchor(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.':
			b.WriteByte(c)
		default:
			b.WriteByte('_')
			b.WriteString(strconv.FormatUint(uint64(c)>>4, 16))
			b.WriteString(strconv.FormatUint(uint64(c)&0xf, 16))
		}
	}
	return b.String()
}

// clip shortens s to at most n runes, ending with "..." when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max(n-3, 0)])) + "..."
}

// wrap breaks s into lines of at most width runes at spaces, keeping at
// most maxLines lines (the last one clipped).
func wrap(s string, width, maxLines int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) > maxLines {
		lines = append(lines[:maxLines-1], clip(strings.Join(lines[maxLines-1:], " "), width))
	}
	for i, l := range lines {
		lines[i] = clip(l, width)
	}
	return strings.Join(lines, "\n")
}
