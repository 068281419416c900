package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// noticeLines are lines the notice checks read: prose, appeals, stamps,
// contributors' credits, page controls, and their non-ASCII kin.
var noticeLines = []string{
	"", " ", "Anna Berg said the court would sit again on Monday.",
	"Sign up for our newsletter. Get the latest news in your inbox.",
	"SUBSCRIBE TO THE KESTREL LEDGER FOR £1 A WEEK", "Follow us on Twitter for updates",
	"Already a subscriber? Log in.", "Enjoying this story? Share it.", "Support our journalism. Donate now.",
	"You can unsubscribe at any time. See our Privacy Policy.", "Did the earth move for you?",
	"Carl Dahl contributed reporting from Oslo.", "Associated Press writer Gus Holm in Vienna Contributed To This Report.",
	"Load more", "Show Key Events Only…", "Please turn on JavaScript. Some features of this page require it.",
	"10:30 AM", "10.02", "9.15am", "22.40 BST", "10:30 a.m. ET - Update", "Updated 10:30 AM GMT", "at 10:30", "10:30 1 2 3 4",
	"Ünder the Kelvin sign: 5 \u212a and \u0130stanbul", "İSTANBUL contributed reporting", "\u212aEY EVENTS",
	"Sign\u00a0up for\u3000our newsletter", "get\xffour app", "\xff\xfe", strings.Repeat("Subscribe now. ", 40),
	strings.Repeat("word ", 31) + "you subscribe", strings.Repeat("word ", 32) + "said",
	"Get the app " + strings.Repeat("now ", 30) + ".",
}

// oldNotices are the checks as they read before lowerOn and fieldsOf:
// the oracles the new ones must equal.
func oldIsReaderAppeal(s string) bool {
	if len(s) > 300 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	found := false
	for _, x := range roughSentences(s) {
		words := strings.Fields(strings.ToLower(strings.Trim(x, ".!?… ")))
		if len(words) == 0 {
			continue
		}
		switch {
		case hasSpeechVerb(words):
			return false
		case len(words) <= 25 && readerAppeal(words, strings.HasSuffix(x, "?")):
			found = true
		case len(words) <= 6 && (readerVerbs[words[0]] || strings.HasSuffix(x, "?")):
		default:
			return false
		}
	}
	return found
}

func oldOnlyTime(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !timeToken(w) {
			return false
		}
	}
	return strings.Contains(s, ":")
}

func oldDottedTime(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[0]), "am"), "pm")
	return timeToken(t) && strings.Contains(t, ".") && (len(f) == 1 || timeToken(f[1]))
}

func oldIsPageNotice(s string) bool {
	if len(s) > 200 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(s, ".!… "))
	if pageControls[low] {
		return true
	}
	return strings.Contains(low, "javascript") && (strings.Contains(low, "enable") || strings.Contains(low, "turn on") ||
		strings.Contains(low, "browser") || strings.Contains(low, "require"))
}

func oldIsContributors(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	low := strings.ToLower(s)
	return strings.Contains(low, "contributed to this report") || strings.Contains(low, "contributed to this story") ||
		strings.Contains(low, "contributed to this article") || strings.Contains(low, "contributed reporting")
}

func oldIsPromo(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	low := strings.ToLower(s)
	opens := false
	for _, p := range promoOpenings {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !isASCIILetter(low[len(p)]) && low[len(p)] < 0x80) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for _, w := range promoGoods {
		if strings.Contains(low, w) {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimRight(low, ".!"), " app") || strings.Contains(low, " app ")
}

// corpusLines are noticeLines and the lines of the package's test files.
func corpusLines(t *testing.T) []string {
	lines := slices.Clone(noticeLines)
	for _, dir := range []string{"testdata", filepath.Join("..", "..", "testdata", "articles")} {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

func TestLowerOn(t *testing.T) {
	var buf [16]byte
	for _, s := range append(noticeLines, "ABC", "abc", "0123456789ABCDEF", "0123456789ABCDEFG") {
		if got, want := lowerOn(buf[:], s), strings.ToLower(s); got != want {
			t.Errorf("lowerOn(%q) = %q, want %q", s, got, want)
		}
	}
	line := "Carl Dahl Contributed Reporting."
	if n := testing.AllocsPerRun(100, func() {
		var b [lowRoom]byte
		if !strings.Contains(lowerOn(b[:], line), "contributed reporting") {
			t.Fatal("lost the words")
		}
	}); n != 0 {
		t.Errorf("lowerOn of a short ASCII line allocated %v times, want 0", n)
	}
}

func TestFieldsOf(t *testing.T) {
	for _, s := range corpusLines(t) {
		f, ok := fieldsOf(s)
		want := strings.Fields(s)
		if ok != (len(want) <= len(f.w)) || ok && !slices.Equal(f.w[:f.n], want) {
			t.Errorf("fieldsOf(%q) = %q, %v; want %q", s, f.w[:f.n], ok, want)
		}
	}
}

// TestNoticesAsBefore checks the checks that lower and split on the stack
// against their former selves, line by line.
func TestNoticesAsBefore(t *testing.T) {
	for _, s := range corpusLines(t) {
		for _, c := range []struct {
			name     string
			got, old func(string) bool
		}{
			{"isReaderAppeal", isReaderAppeal, oldIsReaderAppeal},
			{"onlyTime", onlyTime, oldOnlyTime},
			{"dottedTime", dottedTime, oldDottedTime},
			{"isPageNotice", isPageNotice, oldIsPageNotice},
			{"isContributors", isContributors, oldIsContributors},
			{"isPromo", isPromo, oldIsPromo},
		} {
			if got, want := c.got(s), c.old(s); got != want {
				t.Errorf("%s(%q) = %v, was %v", c.name, s, got, want)
			}
		}
	}
	if lines := corpusLines(t); len(lines) < 500 {
		t.Errorf("only %d lines to compare", len(lines))
	}
	prose := "Anna Berg told the court on Monday that Carl Dahl had signed."
	if n := testing.AllocsPerRun(100, func() { isReaderAppeal(prose) }); n > 1 {
		t.Errorf("isReaderAppeal of a line of prose allocated %v times, want at most 1 (its sentences)", n)
	}
}
