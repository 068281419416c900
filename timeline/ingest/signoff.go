package ingest

import (
	"regexp"
	"strings"
)

// A page closes its article with lines about the writer and the page, not
// the story: a bio ("Ana Lima covers education for the Record."), how to
// reach the writer ("Reach her at …", "To contact the reporter on this
// story: …"), the print edition's note ("A version of this article
// appears in print on April 23, …"), a wire's note of what an update
// changed ("(Updates with comment in third paragraph.)"), its credit of
// the agencies it drew on ("(LIGNE 24 with AFP)") and the writers
// who helped ("— With assistance from Ana Lima"). Read as prose, each made
// its writer an actor and its date an event's (stop 51).

// authorBio matches a line introducing the article's writer: "Priya
// Nandakumar is the Ledger's industry correspondent. She has covered…",
// "Owen Price is Valley Today's senior reporter.", "Ana Lima covers
// education for the Record.".
var authorBio = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3} (((is|was) (a|an|the|our|\p{Lu}[\p{L}.’' ]{0,40}['’]s) [^.]{0,80}\b(?i:correspondent|reporter|editor|writer|columnist|journalist|contributor|producer)\b)|((covers|reports on|writes about) [^.]{1,80}\bfor (the )?\p{Lu}))`)

// writerNote matches what else closes a page about its writer or itself:
// how to reach the writer, the print edition's note, a wire's update
// note, the colleagues who helped.
var writerNote = regexp.MustCompile(`^(?:(?:(?:reach|contact|email|e-mail|follow|write to|message) (?:her|him|them|the (?:reporter|author|writer)s?)\b)|(?:to contact the (?:reporter|editor|author|writer)s?\b)|(?:a version of this (?:article|story) (?:appears|appeared) in print\b)|(?:\((?:updates|adds|recasts|corrects|refiles|rewrites) [^)]{0,120}\)$)|(?:\([^()]{1,40} with [^()]{1,40}\)$)|(?:[—–-]? ?with (?:assistance|additional reporting) (?:from|by) ))`)

// writerMore matches a line about the writer that follows the bio: "She is
// based in Karvik.", "He joined the paper in 2019." It is dropped only
// below a bio, where it cannot be the story's.
var writerMore = regexp.MustCompile(`^(?:She|He|They) (?:is|are|was|has|have|joined|previously|lives|live|covers|cover|reports|writes)\b`)

// dropAuthorBio drops the lines closing the article that are about its
// writer or the page (see above), reading up from the last kept line.
// Where such lines stand, at the end, they tell no part of the story;
// elsewhere such a sentence may ("Anna Berg is a former BBC reporter").
// Short lines that end no sentence (the writer's name in capitals, a count
// of comments, a link) and a pronoun's line about the writer go too when
// a bio or note stands above them.
func dropAuthorBio(text string, lines []line) {
	pending := make([]int, 0, 8)
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].drop {
			continue
		}
		s := text[lines[i].start:lines[i].end]
		if len(s) >= 400 {
			return
		}
		if authorBio.MatchString(s) || writerNoteLine(s) {
			lines[i].drop = true
			for _, j := range pending {
				lines[j].drop = true
			}
			pending = pending[:0]
			if j := i - 1; j >= 0 && !lines[j].drop && writerName(text[lines[j].start:lines[j].end]) {
				lines[j].drop = true // "ANNA BERG" heading her bio
				i--
			}
			continue
		}
		if len(pending) < cap(pending) && (wordCount(s) <= 8 && !endsSentence(s) || writerMore.MatchString(s)) {
			pending = append(pending, i)
			continue
		}
		return
	}
}

// writerName reports a line that is only a name, as a page heads its
// writer's bio with it: "ANNA BERG", "Ana Lima".
func writerName(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 4 && !endsSentence(s) && namesOnly(s)
}

// writerNoteLine reports a line writerNote matches, read in lower case.
func writerNoteLine(s string) bool {
	if wordCount(s) > 60 {
		return false
	}
	var buf [lowRoom]byte
	return writerNote.MatchString(lowerOn(buf[:], strings.TrimLeft(s, "*_ ")))
}
