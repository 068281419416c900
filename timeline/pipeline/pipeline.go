// Package pipeline runs Storyline's stages in order: documents → temporal
// tags and actor mentions → event mentions → merged events, actors and
// links, gathered in a timeline.Timeline.
//
// # Speed and memory
//
// `storyline extract` of the benchmark corpus (1,694 files holding 2,002
// articles, 8.6 MB of text, made as BenchmarkExtract makes it) on this
// 2-core machine: 7.4–8.8 s wall, 13.7–16 CPU seconds and 232–259 MB
// peak RSS; 228–230 MB since the merge's clustering keeps its
// cannot-links as keys alone and its scoring workers share one list of
// pairs (243–253 before, ABAB, three rounds under a load of 8–11; the
// collector's trace showed 176–188 MB of live heap at the merge's peak,
// now 159–162). Tagging and parsing take about 40% of the CPU, extraction
// 20%, merging 15% and the collector most of the rest. The peak is over
// the budget of three times the corpus plus 100 MB (126 MB): the binary,
// the WebAssembly runtime go-graphviz starts in every process and the
// models' tables (mapped outside the heap, 34 MB) hold about 51 MB before
// any input, the per-document results reach 65 MB, and merging adds
// 65–68 MB to the 94 MB live as it starts (82–94 before; see package
// resolve). Smaller corpora come within their
// budget (see the command's limitMemory): one article 91–93 MB (budget
// 100), ECB+ dev (368 KB of JSONL) 98–99 MB (101), ECB+ train (1.2 MB)
// 101–105 MB (104). Each document's analysis is written into its worker's
// reused buffer (language.Buffer), and the tagger's and parser's models,
// which the merge never reads, are let go before it when
// Options.ReleaseModels says so, as the command line does.
// BenchmarkExtract, without the limit: 292 articles a second, 151 a CPU
// second (298–343 and 158–178 before the merge compared words under four
// senses and the tagger's repairs ran). BenchmarkMergeCorpus times the
// merge alone, from the analysis saved once ($STORYLINE_MERGE_INPUT):
// 4.2–4.9 CPU seconds under a load of 8–10 on the 2 cores, where the
// whole extract of bench2000 took 19.7–20.5 user CPU seconds and
// 228–235 MB peak RSS (the merge's share is about a fifth of the CPU).
// The whole run allocated 945 MB, now 762 (in-process, the memory
// limit set as the command sets it; the collector ran 84 times, now 66):
// the merge's pairs are gathered in chunks, its clustering's first pairs
// counted before they are listed, the words around triggers read in
// place, the actor finder's index of lower-case words is a table of
// places in the text, and the JSON writer doubles its buffers. Peak RSS
// did not move (226–233 MB for both binaries, under a load of 11–21):
// it is set by the heap's limit for a corpus that outgrows its budget
// (the live heap at the start plus the budget), not by the live heap,
// which peaks near 160 MB with 86 MB live as the merge starts (34 MB of
// them the extracted mentions, 7.5 the documents' terms).
package pipeline

import (
	"cmp"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/resolve"
	"github.com/storyline/storyline/timeline/temporal"
)

// Options control a build; the zero value is the default.
type Options struct {
	// MergeWeights, when set, replace resolve.DefaultWeights.
	MergeWeights *resolve.Weights
	// ReleaseModels lets the language models go once every document is
	// analysed, before merging, which never reads them: a program that
	// builds once (the command line) holds 42 MB less at its peak, while
	// one that builds again would read them again.
	ReleaseModels bool
}

// Build builds the events document from docs with the default options.
func Build(docs []timeline.Document) *timeline.Timeline { return Options{}.Build(docs) }

// Build builds the events document from docs. Documents are taken in the
// order given; the output is sorted, so the same documents in any order
// give the same bytes.
func (o Options) Build(docs []timeline.Document) *timeline.Timeline {
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(a, b timeline.Document) int { return cmp.Compare(a.ID, b.ID) })

	a := o.analyse(docs)
	published := resolve.PublishedDates(docs)
	// The merge lets the documents' terms go once it has weighed them,
	// before its peak: a is still read after it, so the terms are taken
	// out of it, or it would hold them (12 MB of the benchmark corpus)
	// to the end.
	about := a.about
	a.about = nil
	events, links := resolve.Options{Published: published, DocTerms: about, Weights: o.MergeWeights, Actors: a.actors}.Merge(a.results)
	stampReported(events, published)
	tl := &timeline.Timeline{
		Schema:    timeline.Schema,
		Documents: nonNil(docs),
		Actors:    nonNil(a.actors),
		Events:    nonNil(events),
		Links:     nonNil(links),
	}
	if a.err != nil {
		// Only a damaged build lacks its models: say so, and give the
		// events the trigger lexicon alone finds.
		tl.Diagnostics = []timeline.Diagnostic{{Path: "storyline", Warning: true, Message: a.err.Error()}}
	}
	for i, f := range a.actorFaults {
		if f != "" {
			tl.Diagnostics = append(tl.Diagnostics, timeline.Diagnostic{Path: docs[i].Path,
				Message: "internal error finding the actors of document " + docs[i].ID + " (its events are kept without them; please report it): " + f})
		}
	}
	for i, f := range a.faults {
		if f != "" {
			tl.Diagnostics = append(tl.Diagnostics, timeline.Diagnostic{Path: docs[i].Path,
				Message: "internal error reading document " + docs[i].ID + " (its events are left out; please report it): " + f})
		}
	}
	return tl
}

// findActors is the actor finder's Find, a variable so that a test can
// make it fail.
var findActors = (*actor.Finder).Find

// analysis is what Build holds for the whole corpus once every document
// is read, before merging: the merge's input.
type analysis struct {
	actors  []timeline.Actor
	results []extract.Result
	about   map[string][]string // resolve.Options.DocTerms
	faults  []string            // per document, "" when it was read
	// actorFaults are, per document, the faults of finding its actors:
	// the document's events are still extracted, without actors.
	actorFaults []string
	err         error // the language models' failure to load
}

// analyse finds, resolves and extracts what docs tell, sorted by id.
func (o Options) analyse(docs []timeline.Document) analysis {
	// Actors are resolved across all documents before any event is
	// extracted, so only the actor mentions are held for every document;
	// temporal tags are made per document just before they are used.
	finder := actor.NewFinder()
	mentions := make([][]actor.Mention, len(docs))
	// The entity recogniser finds the people that no title, apposition
	// or given name marks ("Thabo Mbeki resigned") and the organisations
	// no cue word marks ("Chelsea sacked its manager"): it tags the text
	// without parsing it, and only the names are kept.
	recogniser, _ := language.Entities()
	names := sync.Pool{New: func() any { return new(language.Buffer) }}
	// A fault in finding one document's actors costs it its actors, not
	// the run: its events are still extracted, and the fault reported.
	actorFaults := make([]string, len(docs))
	// The tags of the sentences the recogniser reads are kept for the
	// parse, which would tag them again the same (the tagger reads a
	// sentence alone): a third of the corpus's tagging.
	tagged := make([]*language.Tagging, len(docs))
	forEach(len(docs), func(i int) {
		defer func() {
			if r := recover(); r != nil {
				mentions[i], actorFaults[i], tagged[i] = nil, fmt.Sprint(r), nil
			}
		}()
		mentions[i] = findActors(finder, &docs[i])
		if recogniser == nil {
			return
		}
		// Only the sentences with a name the finder left alone are read.
		doc := docs[i]
		if doc.Sentences = actor.Unnamed(doc.Text, doc.Sentences, mentions[i]); len(doc.Sentences) > 0 {
			buf := names.Get().(*language.Buffer)
			sents := recogniser.AnalyzeInto(&doc, buf)
			tagged[i] = language.KeepTags(sents)
			people, bodies := entityNames(sents, "PER"), entityNames(sents, "ORG")
			found := mentions[i]
			mentions[i] = actor.Recognised(doc.Text, found, people, bodies)
			if known := actor.RecognisedBodies(found, mentions[i]); len(known) > 0 {
				// The descriptions after a body only the recogniser
				// found ("Chelsea sacked its manager. The club said")
				// that had no body to stand for are read again,
				// knowing it.
				again := actor.Recognised(doc.Text, findActors(finder, &docs[i], known...), people, bodies)
				mentions[i] = actor.KeepSettled(mentions[i], again)
			}
			names.Put(buf)
		}
	})
	actors := actor.Resolve(mentions)
	// Every document's terms name its actors as "@" and the id: made
	// once an actor, not once a mention (36,000 allocations fewer on
	// bench2000).
	actorTerms := make(map[string]string, len(actors))
	for _, a := range actors {
		actorTerms[a.ID] = "@" + a.ID
	}

	// Each document is tagged and parsed just before its events are
	// extracted, so no analysis is held for the whole corpus.
	analyzer, err := language.Syntax()
	results := make([]extract.Result, len(docs))
	terms := make([][]string, len(docs))
	// Nothing keeps a document's analysis once its events are out, so
	// each worker's is written over by the next (a sixth of what a run
	// allocated).
	buffers := sync.Pool{New: func() any { return new(language.Buffer) }}
	// A fault in reading one document costs that document's events, not
	// the run: the others are still merged, and the fault is reported.
	faults := make([]string, len(docs))
	forEach(len(docs), func(i int) {
		defer func() {
			if r := recover(); r != nil {
				results[i], terms[i], mentions[i], tagged[i] = extract.Result{Doc: docs[i].ID}, nil, nil, nil
				faults[i] = fmt.Sprint(r)
			}
		}()
		timexes := temporal.Tag(docs[i].Text, docs[i].Published)
		var sents []language.Sentence
		buf := buffers.Get().(*language.Buffer)
		if analyzer != nil {
			sents = analyzer.AnalyzeTagged(&docs[i], buf, tagged[i])
		}
		tagged[i] = nil
		results[i] = extractDocument(&docs[i], timexes, mentions[i], sents)
		terms[i] = docTerms(mentions[i], sents, actorTerms)
		buffers.Put(buf)
		mentions[i] = nil // done with: let the GC have them
	})
	if o.ReleaseModels {
		language.Release()
		// The models' tables lie outside the heap, unmapped by the
		// cleanups of the collection that finds them unreachable, and
		// the workers' pools hold them through one more: collected
		// twice now, the second time giving back the analysis's
		// garbage, they are gone before the merge grows the heap.
		// (Left to the merge's collections, the tables stayed mapped
		// while the heap grew over the memory the analysis had freed
		// and not given back: bench2000 peaked there at 210-216 MB
		// RSS, now 196-201, at the end of the merge's scoring.)
		runtime.GC()
		debug.FreeOSMemory()
	}
	about := make(map[string][]string, len(docs))
	for i := range docs {
		about[docs[i].ID] = terms[i]
	}
	return analysis{actors: actors, results: results, about: about, faults: faults, actorFaults: actorFaults, err: err}
}

// entityNames returns the spans of the entities of type typ (PER, ORG)
// sents name.
func entityNames(sents []language.Sentence, typ string) []timeline.TextRange {
	var out []timeline.TextRange
	var ents []language.Entity
	for si := range sents {
		ents = sents[si].AppendEntities(ents[:0])
		for _, e := range ents {
			if e.Type == typ && allNames(sents[si].Words[e.First:e.Last+1]) {
				out = append(out, timeline.TextRange{Start: e.Start, End: e.End})
			}
		}
	}
	return out
}

// allNames reports whether every word of ws is a proper noun, but for
// "of", "and" or "&" inside ("Bank of England"): an entity of other words
// is a thing's name ("Criminally Negligent Homicide").
func allNames(ws []language.Word) bool {
	for i, w := range ws {
		inner := i > 0 && i < len(ws)-1
		if w.UPOS != "PROPN" && !(inner && (w.Form == "of" || w.Form == "and" || w.Form == "&")) {
			return false
		}
	}
	return true
}

// extractDocument is extract.Document, which a test replaces to see a
// fault in one document kept from the others.
var extractDocument = extract.Document

// stampReported gives each event the earliest publication date of the
// documents that tell it.
func stampReported(events []timeline.Event, published map[string]timeline.Date) {
	for i := range events {
		for _, m := range events[i].Mentions {
			if d, ok := published[m.Doc]; ok && (events[i].Reported.IsZero() || d.Before(events[i].Reported)) {
				events[i].Reported = d
			}
		}
	}
}

// docTerms returns what a document is about, for resolve.Options.DocTerms:
// the ids of the actors it mentions and the lemmas of its nouns, proper
// nouns and numbers, once per occurrence. actorTerms holds the term of
// each resolved actor's id ("@" and the id), shared by every document.
func docTerms(ms []actor.Mention, sents []language.Sentence, actorTerms map[string]string) []string {
	n := 0
	for _, m := range ms {
		if m.ID != "" && !m.Modifier {
			n++
		}
	}
	for si := range sents {
		for _, w := range sents[si].Words {
			if termTag(w.UPOS) {
				n++
			}
		}
	}
	out := make([]string, 0, n)
	for _, m := range ms {
		if m.ID != "" && !m.Modifier {
			t, ok := actorTerms[m.ID]
			if !ok {
				t = "@" + m.ID
			}
			out = append(out, t)
		}
	}
	// A document names the same people and places again and again:
	// each capitalised lemma is lower-cased once, and its repeats share
	// the string (lower-casing every one allocated 13 MB on the
	// benchmark corpus).
	var lowered map[string]string
	for si := range sents {
		for _, w := range sents[si].Words {
			if !termTag(w.UPOS) {
				continue
			}
			// Numbers tell apart two stories of one kind: the year,
			// the magnitude, the toll.
			t := w.Lemma
			if hasUpper(t) {
				l, ok := lowered[t]
				if !ok {
					if lowered == nil {
						lowered = map[string]string{}
					}
					l = strings.ToLower(t)
					lowered[t] = l
				}
				t = l
			}
			out = append(out, t)
		}
	}
	return out
}

// termTag reports whether words of a part of speech tell what a
// document is about (docTerms).
func termTag(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "NUM" }

// hasUpper reports whether strings.ToLower could change s: it has an
// upper-case ASCII letter or any non-ASCII byte.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// forEach calls f(0) … f(n-1) on every CPU. Each call writes only its own
// index of the caller's slices, so the results do not depend on scheduling.
func forEach(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}

// nonNil keeps empty lists as [] rather than null in the JSON.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
