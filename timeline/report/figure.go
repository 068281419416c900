package report

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"strings"
)

// Errors about the pictures given in Options.
var (
	// ErrNotSVG reports a Figure whose bytes hold no <svg> element.
	ErrNotSVG = errors.New("not an SVG document")
	// ErrUnsafeSVG reports a Figure that carries a script or embedded
	// HTML, which the report never inlines.
	ErrUnsafeSVG = errors.New("SVG holds a script or foreign object")
)

// inlineSVG makes an SVG document fit to sit inside the page: the XML
// prolog, doctype and comments go (HTML has no use for them), and the
// rules of its <style> elements are scoped to the figure whose id is
// scope, because a <style> inside inline SVG applies to the whole page.
func inlineSVG(b []byte, scope string) (template.HTML, error) {
	i := bytes.Index(b, []byte("<svg"))
	if i < 0 {
		return "", ErrNotSVG
	}
	s := stripComments(string(bytes.TrimSpace(b[i:])))
	low := strings.ToLower(s)
	if strings.Contains(low, "<script") || strings.Contains(low, "<foreignobject") {
		return "", ErrUnsafeSVG
	}
	return template.HTML(scopeStyles(s, "#"+scope)), nil
}

// stripComments drops <!-- … --> from s. An unterminated comment runs to
// the end, as a browser would read it.
func stripComments(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			return b.String()
		}
		s = s[i+4+j+3:]
	}
}

// scopeStyles rewrites the content of every <style> element of s with
// scopeCSS.
func scopeStyles(s, scope string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<style")
		if i < 0 {
			break
		}
		open := strings.IndexByte(s[i:], '>')
		end := strings.Index(s[i:], "</style>")
		if open < 0 || end < open {
			break
		}
		open, end = i+open+1, i+end
		b.WriteString(s[:open])
		b.WriteString(scopeCSS(s[open:end], scope))
		s = s[end:]
		b.WriteString(s[:len("</style>")])
		s = s[len("</style>"):]
	}
	b.WriteString(s)
	return b.String()
}

// scopeCSS puts scope before every selector of css, also inside @media
// and @supports blocks; other at-rules are kept as they are.
func scopeCSS(css, scope string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(css, '{')
		if open < 0 {
			b.WriteString(css)
			return b.String()
		}
		end := closingBrace(css, open)
		if end < 0 {
			b.WriteString(css)
			return b.String()
		}
		sel := css[:open]
		switch at := strings.TrimSpace(sel); {
		case strings.HasPrefix(at, "@media"), strings.HasPrefix(at, "@supports"):
			b.WriteString(sel + "{" + scopeCSS(css[open+1:end], scope) + "}")
		case strings.HasPrefix(at, "@"):
			b.WriteString(css[:end+1])
		default:
			b.WriteString(scopeSelectors(sel, scope))
			b.WriteString(css[open : end+1])
		}
		css = css[end+1:]
	}
}

// closingBrace returns the index of the brace that closes the one at open,
// or -1.
func closingBrace(css string, open int) int {
	depth := 0
	for i := open; i < len(css); i++ {
		switch css[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// scopeSelectors turns "a, .b" into "#s a,#s .b", keeping the white space
// before the list.
func scopeSelectors(sel, scope string) string {
	trimmed := strings.TrimLeft(sel, " \t\r\n")
	parts := strings.Split(trimmed, ",")
	for i, p := range parts {
		parts[i] = scope + " " + strings.TrimSpace(p)
	}
	return sel[:len(sel)-len(trimmed)] + strings.Join(parts, ",")
}

// figureError names the figure whose SVG was refused.
func figureError(name string, err error) error {
	return fmt.Errorf("report: %s figure: %w", name, err)
}
