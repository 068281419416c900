package language

import (
	"reflect"
	"testing"

	"github.com/storyline/storyline/timeline"
)

const benchText = "The central bank raised interest rates by half a point on Tuesday, its third increase this year. " +
	"Protesters gathered outside parliament in the capital, where a brawl broke out after the vote. " +
	"\"We didn't expect this,\" said Maria Lopez, a spokeswoman for the finance ministry. " +
	"The jury found the former minister guilty of fraud, and he was sentenced to five years in prison."

// BenchmarkAnalyze measures tokenise + tag + parse + entities on one core.
func BenchmarkAnalyze(b *testing.B) { benchAnalyzer(b, Default) }

// BenchmarkSyntax measures tokenise + tag + parse, as extraction runs it.
func BenchmarkSyntax(b *testing.B) { benchAnalyzer(b, Syntax) }

func benchAnalyzer(b *testing.B, analyzer func() (*Analyzer, error)) {
	a, err := analyzer()
	if err != nil {
		b.Fatal(err)
	}
	doc := &timeline.Document{Text: benchText, Sentences: []timeline.Span{{Start: 0, End: len(benchText)}}}
	words := 0
	for _, s := range a.Analyze(doc) {
		words += len(s.Words)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		a.Analyze(doc)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestAnalyze(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The jury found him guilty on Friday."
	sents := a.AnalyzeSpans(text, []timeline.Span{{Start: 0, End: len(text)}})
	if len(sents) != 1 || len(sents[0].Words) != 8 {
		t.Fatalf("got %d sentences, want 1 of 8 words: %+v", len(sents), sents)
	}
	roots := 0
	for _, w := range sents[0].Words {
		if text[w.Start:w.End] != w.Form {
			t.Errorf("word %q has span %d:%d", w.Form, w.Start, w.End)
		}
		if w.Head == 0 {
			roots++
		}
	}
	found := sents[0].Words[2]
	if roots != 1 || found.Lemma != "find" || found.Deprel != "root" || sents[0].Words[1].Deprel != "nsubj" {
		t.Errorf("want one root, find with subject jury; got %+v", sents[0].Words)
	}
}

// The analyzer without entities gives the same parse, with no entity tags;
// the full one tags the name.
func TestSyntaxLeavesEntitiesOut(t *testing.T) {
	text := "Maria Lopez resigned from the finance ministry on Friday."
	span := []timeline.Span{{Start: 0, End: len(text)}}
	full, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	syntax, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	a, b := full.AnalyzeSpans(text, span)[0].Words, syntax.AnalyzeSpans(text, span)[0].Words
	if len(a) != len(b) {
		t.Fatalf("%d words with entities, %d without", len(a), len(b))
	}
	if a[0].Entity != "B-PER" {
		t.Errorf("with entities, Maria is %q, want B-PER", a[0].Entity)
	}
	for i := range b {
		if b[i].Entity != "" {
			t.Errorf("without entities, %q is tagged %q", b[i].Form, b[i].Entity)
		}
		if a[i].Head != b[i].Head || a[i].Deprel != b[i].Deprel || a[i].XPOS != b[i].XPOS {
			t.Errorf("%q: parse %d %s %s with entities, %d %s %s without", a[i].Form,
				a[i].Head, a[i].Deprel, a[i].XPOS, b[i].Head, b[i].Deprel, b[i].XPOS)
		}
	}
	if s2, _ := Syntax(); s2 != syntax {
		t.Error("Syntax made a second analyzer")
	}
}

// After Release the next Syntax reads the models again into a new
// Analyzer, which parses as the old one did; the old one still works.
func TestRelease(t *testing.T) {
	text := "The council approved the budget on Monday."
	span := []timeline.Span{{Start: 0, End: len(text)}}
	before, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	Release()
	after, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Fatal("Syntax after Release gave the released analyzer")
	}
	a, b := before.AnalyzeSpans(text, span)[0].Words, after.AnalyzeSpans(text, span)[0].Words
	if len(a) != len(b) {
		t.Fatalf("%d words before, %d after", len(a), len(b))
	}
	for i := range a {
		if a[i].Head != b[i].Head || a[i].Deprel != b[i].Deprel || a[i].XPOS != b[i].XPOS {
			t.Errorf("%q: %d %s %s before, %d %s %s after", a[i].Form, a[i].Head, a[i].Deprel, a[i].XPOS, b[i].Head, b[i].Deprel, b[i].XPOS)
		}
	}
}

// A reused Buffer gives each document the analysis a fresh one gives,
// whatever it held before (a longer document, then a shorter one), and
// allocates no words once it is large enough.
func TestAnalyzeInto(t *testing.T) {
	a, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	long := &timeline.Document{Text: benchText, Sentences: []timeline.Span{{Start: 0, End: len(benchText)}}}
	text := "The council approved the budget on Monday. It takes effect in May."
	short := &timeline.Document{Text: text, Sentences: []timeline.Span{{Start: 0, End: 42}, {Start: 43, End: len(text)}}}
	var buf Buffer
	a.AnalyzeInto(long, &buf)
	got, want := a.AnalyzeInto(short, &buf), a.Analyze(short)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after a longer document, AnalyzeInto gives\n%+v\nwant\n%+v", got, want)
	}
	if raceEnabled {
		return
	}
	if allocs := testing.AllocsPerRun(5, func() { a.AnalyzeInto(long, &buf) }); allocs > 0 {
		t.Errorf("AnalyzeInto into a large enough buffer allocates %.0f times a run", allocs)
	}
}
