package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
)

// FuzzDocument runs Document on arbitrary text, with the cast's names as
// actor mentions, sentence kinds and stray mentions drawn from seed, and
// with the language layer's parse for odd seeds: it must not panic, and
// every offset it returns must lie inside the text.
func FuzzDocument(f *testing.F) {
	f.Add("Berg met Holm in Ostburg last week.", uint64(0))
	f.Add("“We will demand guarantees,” he said.\nDahl, the envoy, who met Berg, said:", uint64(7))
	f.Add("In response to demands from Sudland, Berg sidelined Falk, contradicting", uint64(3))
	f.Add("’s “ ” – said, who and to the by", uint64(1<<40+5))
	f.Add("Berg\u00a0met\tHolm… said \"Dahl\" 'Falk’s", uint64(99))
	f.Add("Police allege Holm, 61, opened fire at the party, killing Dahl, 40, after talks between Berg and the union broke down.", uint64(1))
	f.Add("Ostburg have sacked Falk following Saturday's 3-0 defeat, recalling about 800 cars its remaining", uint64(3))
	f.Add("A lander built by Dahl touched down on Friday, the company said. Berg, the envoy whose aides won, died.", uint64(5))
	f.Add("Inflation reached 9 percent, the office said, two weeks after a jury found him guilty and Berg, but denied that", uint64(9))
	f.Add("Three workers kidnapped in April were released and flown to Ostburg; Berg rejected Dahl's claim that Holm would agree.", uint64(11))
	f.Add("The union called off the strike. Norvia on Tuesday ordered three diplomats to leave a day before the closure.", uint64(13))
	f.Fuzz(func(t *testing.T, text string, seed uint64) {
		doc, tx, am := fixture(t, text, cast, dates)
		kinds := []timeline.SpanKind{timeline.Body, timeline.Heading, timeline.Caption, timeline.Quote, timeline.Bullet}
		for i := range doc.Sentences {
			doc.Sentences[i].Kind = kinds[(seed>>(i%16*4))%5]
		}
		if seed%3 == 0 && len(text) > 2 {
			// A mention whose offsets fall inside words and across sentences.
			s := int(seed>>8) % len(text)
			am = append(am, actor.Mention{Start: s, End: min(len(text), s+int(seed%17)+1), Text: "x", Kind: timeline.Person, ID: "x"})
		}
		var sents []language.Sentence
		if seed%2 == 1 {
			analyzer, err := language.Default()
			if err != nil {
				t.Fatal(err)
			}
			sents = analyzer.Analyze(doc)
		}
		r := Document(doc, tx, am, sents)
		for i, e := range r.Events {
			m := e.Mention
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("event %d: mention [%d,%d) outside the text of %d bytes", i, m.Start, m.End, len(text))
			}
			if tr := e.Mention.Trigger; tr == nil || tr.Start < m.Start || tr.End > m.End || tr.Start >= tr.End {
				t.Fatalf("event %d: trigger %v outside its sentence [%d,%d)", i, tr, m.Start, m.End)
			}
			lexical := e.Salience == lexiconSalience // the parse's events may name nobody
			if lexical && len(e.Actors) == 0 && (len(e.Places) == 0 || e.When == nil) || e.Kind == "" || e.Status == "" || e.Summary == "" {
				t.Fatalf("event %d incomplete: %+v", i, e)
			}
			if e.Speaker >= i {
				t.Fatalf("event %d: speaker %d is not an earlier event", i, e.Speaker)
			}
		}
		for _, l := range r.Links {
			if l.From < 0 || l.To < 0 || l.From >= len(r.Events) || l.To >= len(r.Events) || l.From == l.To {
				t.Fatalf("link %+v out of range of %d events", l, len(r.Events))
			}
		}
	})
}
