package temporal

import "strings"

// A half named with no year ("the end of the first half", "scored in the
// second half") is as often a game's as a year's. In a sentence about
// play it is the game's, and no date: dating it to a half of the
// publication year put a goal scored on Sunday in January to June.

// gameWords are words of play that say a half near them is a game's.
var gameWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`game games match matches halftime minute scored scoring scoreless
		goal goals goalkeeper penalty penalties touchdown touchdowns inning innings quarterback referee
		kickoff yards rebounds fumble fouled equaliser equalizer tournament playoff playoffs`) {
		gameWords[w] = true
	}
}

// gameHalf reports whether the half over tokens [i, end), named with no
// year, is a part of a game: it is a half of something other than a year
// ("the second half of the match"), or a word of play or a score ("led
// 2-0") is in its sentence or the one before.
func (p *parser) gameHalf(i, end int) bool {
	if p.cls(end) == wOf {
		for k := end + 1; k <= end+3; k++ {
			if p.is(k, "year") || p.cls(k) == wFiscal {
				return false // "of the fiscal year"
			}
		}
		return true
	}
	starts := 0
	for k := i - 1; k >= 0 && k > i-contextTokens/4; k-- {
		if p.gameCue(k) {
			return true
		}
		if p.sentenceStart(k) {
			if starts++; starts == 2 {
				break
			}
		}
	}
	for k := end; k < len(p.toks) && k < end+contextTokens/8; k++ {
		if p.boundaryAfter(k - 1) {
			break
		}
		if p.gameCue(k) {
			return true
		}
	}
	return false
}

// gameCue reports whether token k is a word of play, or the first number
// of a score ("2-0", "13 - 3").
func (p *parser) gameCue(k int) bool {
	if p.isNum(k) {
		return p.toks[k].ndig <= 3 && p.isPunct(k+1, '-') && p.isNum(k+2) && p.toks[k+2].ndig <= 3 &&
			!p.isPunct(k-1, '-') && !p.isPunct(k+3, '-')
	}
	if k >= 0 && k < len(p.toks) && p.toks[k].kind == tWord && p.toks[k].end-p.toks[k].start <= 12 {
		return gameWords[p.lower(k)]
	}
	return false
}
