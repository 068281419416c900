package temporal

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// The TimeBank + AQUAINT evaluation, parsed and scored as
// shared/eval/timex_eval.py does (TempEval-3 style).
const timebankDir = "../../../shared/eval/timebank"

// valueF1Floor is the value F1 (percent) the tagger must keep on TimeBank +
// AQUAINT; raise it as the tagger improves.
const valueF1Floor = 81.9

// relaxedF1Floor is the same for relaxed (overlapping extent) F1.
const relaxedF1Floor = 95.0

type goldTimex struct {
	start, end int
	typ, value string
}

type tmlDoc struct {
	name string
	dct  timeline.Date
	text string
	gold []goldTimex
}

var (
	dctRe    = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]+)"`)
	textRe   = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tagRe    = regexp.MustCompile(`<(/?)(\w+)([^>]*)>|([^<]+)`)
	attrRe   = regexp.MustCompile(`(\w+)="([^"]*)"`)
	entities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'", "&amp;", "&")
)

// parseTML reads a TimeML file: its DCT, the text of <TEXT> with all markup
// removed and entities decoded, and the gold TIMEX3 spans in byte offsets.
func parseTML(path string) (tmlDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return tmlDoc{}, err
	}
	doc := tmlDoc{name: filepath.Base(path)}
	m := dctRe.FindSubmatch(raw)
	if m == nil {
		return doc, fmt.Errorf("%s: no DCT", path)
	}
	v := string(m[1])
	if len(v) > 10 {
		v = v[:10]
	}
	if doc.dct, err = timeline.ParseDate(v); err != nil {
		return doc, fmt.Errorf("%s: %w", path, err)
	}
	body := textRe.FindSubmatch(raw)
	if body == nil {
		return doc, fmt.Errorf("%s: no TEXT", path)
	}
	var b strings.Builder
	type open struct {
		start      int
		typ, value string
	}
	var stack []open
	for _, tok := range tagRe.FindAllSubmatch(body[1], -1) {
		switch {
		case tok[4] != nil:
			b.WriteString(entities.Replace(string(tok[4])))
		case string(tok[2]) == "TIMEX3" && len(tok[1]) == 0:
			o := open{start: b.Len()}
			for _, a := range attrRe.FindAllSubmatch(tok[3], -1) {
				switch string(a[1]) {
				case "type":
					o.typ = string(a[2])
				case "value":
					o.value = string(a[2])
				}
			}
			stack = append(stack, o)
		case string(tok[2]) == "TIMEX3":
			if n := len(stack); n > 0 {
				o := stack[n-1]
				stack = stack[:n-1]
				doc.gold = append(doc.gold, goldTimex{o.start, b.Len(), o.typ, o.value})
			}
		}
	}
	sort.SliceStable(doc.gold, func(i, j int) bool { return doc.gold[i].start < doc.gold[j].start })
	doc.text = b.String()
	return doc, nil
}

func loadTimeBank(t testing.TB) []tmlDoc {
	t.Helper()
	if _, err := os.Stat(timebankDir); err != nil {
		t.Skipf("no TimeBank at %s", timebankDir)
	}
	var paths []string
	err := filepath.WalkDir(timebankDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	docs := make([]tmlDoc, 0, len(paths))
	for _, p := range paths {
		d, err := parseTML(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// scores are TempEval-3 timex scores in percent.
type scores struct {
	gold, sys                         int
	strict, relaxedP, relaxedR, value float64
	relaxed, typ                      float64
	errors                            []string
	pairs                             []string // every matched gold timex: ok, file, gold text, system text, gold and system value
}

func f1(tpP, nSys, tpR, nGold int) float64 {
	p, r := 0.0, 0.0
	if nSys > 0 {
		p = float64(tpP) / float64(nSys)
	}
	if nGold > 0 {
		r = float64(tpR) / float64(nGold)
	}
	if p+r == 0 {
		return 0
	}
	return 200 * p * r / (p + r)
}

// score tags every document and scores the output against the gold spans
// exactly as timex_eval.py does: the first overlapping system timex is a
// gold timex's relaxed match.
func score(docs []tmlDoc) scores {
	var s scores
	var strict, relP, relR, val, typ int
	var tg Tagger
	for _, d := range docs {
		sys := tg.Tag(d.text, d.dct)
		s.gold += len(d.gold)
		s.sys += len(sys)
		overlaps := func(x timeline.Timex, g goldTimex) bool { return x.Start < g.end && g.start < x.End }
		for _, x := range sys {
			hit := false
			for _, g := range d.gold {
				if x.Start == g.start && x.End == g.end {
					strict++
					break
				}
			}
			for _, g := range d.gold {
				if overlaps(x, g) {
					hit = true
					break
				}
			}
			if hit {
				relP++
			} else {
				lo, hi := max(0, x.Start-40), min(len(d.text), x.End+30)
				s.errors = append(s.errors, fmt.Sprintf("EXTRA %s %q %s %s | %q", d.name, x.Text, x.Type, x.Value, d.text[lo:hi]))
			}
		}
		for _, g := range d.gold {
			var m *timeline.Timex
			for k := range sys {
				if overlaps(sys[k], g) {
					m = &sys[k]
					break
				}
			}
			gtext := d.text[g.start:g.end]
			if m == nil {
				s.errors = append(s.errors, fmt.Sprintf("MISS %s %q %s %s", d.name, gtext, g.typ, g.value))
				continue
			}
			relR++
			if m.Start != g.start || m.End != g.end {
				s.errors = append(s.errors, fmt.Sprintf("SPAN %s %q got %q", d.name, gtext, m.Text))
			}
			s.pairs = append(s.pairs, fmt.Sprintf("%v\t%s\t%q\t%q\t%s\t%s", m.Value == g.value, d.name, gtext, m.Text, g.value, m.Value))
			if m.Value == g.value {
				val++
			} else {
				s.errors = append(s.errors, fmt.Sprintf("VALUE %s %q gold=%s got=%s (%q)", d.name, gtext, g.value, m.Value, m.Text))
			}
			if m.Type == g.typ {
				typ++
			}
		}
	}
	s.strict = f1(strict, s.sys, strict, s.gold)
	s.relaxed = f1(relP, s.sys, relR, s.gold)
	if s.sys > 0 {
		s.relaxedP = 100 * float64(relP) / float64(s.sys)
	}
	if s.gold > 0 {
		s.relaxedR = 100 * float64(relR) / float64(s.gold)
	}
	s.value = f1(val, s.sys, val, s.gold)
	s.typ = f1(typ, s.sys, typ, s.gold)
	return s
}

// TestTimeBank scores the tagger on TimeBank + AQUAINT and holds value F1
// above the floor. TIMEX_ERRORS=path writes every error there.
func TestTimeBank(t *testing.T) {
	docs := loadTimeBank(t)
	s := score(docs)
	t.Logf("documents %d, gold %d, system %d", len(docs), s.gold, s.sys)
	t.Logf("relaxed P %.2f R %.2f", s.relaxedP, s.relaxedR)
	t.Logf("timex: strict F1 %.2f, relaxed F1 %.2f, value F1 %.2f, type F1 %.2f", s.strict, s.relaxed, s.value, s.typ)
	if path := os.Getenv("TIMEX_ERRORS"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(s.errors, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if path := os.Getenv("TIMEX_PAIRS"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(s.pairs, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if s.value < valueF1Floor {
		t.Errorf("value F1 %.2f fell below the floor %.2f", s.value, valueF1Floor)
	}
	if s.relaxed < relaxedF1Floor {
		t.Errorf("relaxed F1 %.2f fell below the floor %.2f", s.relaxed, relaxedF1Floor)
	}
}
