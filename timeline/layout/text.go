package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ellipsis ends a cut label.
const ellipsis = "…"

// textWidth estimates the width of s set at size pixels in a sans-serif
// face. ASCII uses the advances of DejaVu Sans, the widest of the common
// sans-serif fallbacks, so that Helvetica, Arial or system-ui text fits
// inside the box; other characters use a generous average.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w * size
}

// asciiWidth is the advance of the printable ASCII characters, in ems.
var asciiWidth = [...]float64{
	0.318, 0.400, 0.460, 0.838, 0.636, 0.950, 0.779, 0.275, //   ! " # $ % & '
	0.390, 0.390, 0.500, 0.838, 0.318, 0.360, 0.318, 0.337, // ( ) * + , - . /
	0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, // 0 1 2 3 4 5 6 7
	0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.530, // 8 9 : ; < = > ?
	1.000, 0.710, 0.686, 0.698, 0.770, 0.631, 0.575, 0.774, // @ A B C D E F G
	0.752, 0.295, 0.295, 0.655, 0.557, 0.863, 0.748, 0.787, // H I J K L M N O
	0.603, 0.787, 0.695, 0.634, 0.594, 0.732, 0.684, 0.988, // P Q R S T U V W
	0.685, 0.610, 0.685, 0.390, 0.337, 0.390, 0.838, 0.500, // X Y Z [ \ ] ^ _
	0.500, 0.613, 0.634, 0.549, 0.634, 0.615, 0.352, 0.634, // ` a b c d e f g
	0.633, 0.277, 0.277, 0.579, 0.277, 0.974, 0.633, 0.612, // h i j k l m n o
	0.634, 0.634, 0.395, 0.521, 0.392, 0.633, 0.592, 0.818, // p q r s t u v w
	0.592, 0.592, 0.524, 0.636, 0.337, 0.636, 0.838, // x y z { | } ~
}

func runeWidth(r rune) float64 {
	switch {
	case r >= ' ' && r <= '~':
		return asciiWidth[r-' ']
	case r == '…' || r == '—' || isWide(r):
		return 1.0
	case r == '–' || r == '‘' || r == '’' || r == '“' || r == '”':
		return 0.5
	}
	return 0.72
}

// isWide reports whether r is set a full em wide (CJK, Hangul, fullwidth forms).
func isWide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0xFF00 && r <= 0xFF60)
}

// cleanText turns s into one line: runs of white space become one space,
// control and invalid characters are dropped.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n <= 1 {
				continue
			}
		}
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether s is printable ASCII with single spaces inside,
// the common case that cleanText returns as is.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ')) {
			return false
		}
	}
	return true
}

// truncate cuts s with an ellipsis so that it is at most maxWidth wide at
// size pixels, breaking after a word when one ends late enough.
func truncate(s string, maxWidth, size float64) string {
	if textWidth(s, size) <= maxWidth {
		return s
	}
	budget := maxWidth/size - runeWidth('…')
	w, cut, lastSpace := 0.0, 0, -1
	for i, r := range s {
		w += runeWidth(r)
		if w > budget {
			break
		}
		if r == ' ' {
			lastSpace = i
		}
		cut = i + utf8.RuneLen(r)
	}
	if lastSpace > cut*2/3 {
		cut = lastSpace
	}
	return strings.TrimRight(s[:cut], " ,;:-–—") + ellipsis
}
