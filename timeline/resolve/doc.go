// Package resolve merges the event mentions of many documents into events:
// one real-world event told by several articles becomes one event that keeps
// every source, dated by the narrowest interval its mentions agree on.
//
// Input is one extract.Result per document; output is []timeline.Event and
// []timeline.Link. Two mentions are one event when
//
//   - their kinds agree: a call with a call, a meeting with talks or a
//     visit, a statement with any speech act of the same speaker;
//   - their statuses agree: what occurred with what was reported (the event
//     is then occurred), what is expected with what is planned, never what
//     is to come with what happened (in an archive, where no publication
//     day says whether an article was written before the event or after
//     it, two statuses only weigh against a merge of its second pass);
//   - their participants agree: the same actors in any role order, or two
//     shared actors (not the same agents doing it to others: two arrests
//     of two men by the same police, though a place beside them is no
//     other target: "a Gaza ceasefire deal", "a deal with Hamas"), or
//     one shared actor who leads one
//     side while the other side names nobody else; a statement is always its speaker's (in an
//     archive, one whose speaker is not named may join a named one's),
//     and one speaker's two sayings in one article, or two speech acts
//     of one speaker in two, are one only when what they say shares a
//     content word ("said the talks had failed", "urged both sides to
//     keep the ceasefire" are two; see saying.go), and so, in the
//     second pass, are one writer's two sayings whose speakers the
//     extractor did not name ("the coast guard said it had found a
//     fourth leak", "the prosecutor said the area had been cordoned
//     off" were one statement of four tellings);
//     tellings that name nobody the actors know but the same subject
//     ("Storm Ilse battered the coast", "when Storm Ilse struck") are
//     weighed as sharing an agent, in a stream in related words, and
//     there two subjects ("Storm Ilse", "Storm Jonas") keep them apart;
//     a group told by a common noun ("regulators") may be a named
//     organisation ("the FDIC"), never a person or another organisation;
//   - their words agree: the same or related words, but any two words
//     the lexicon files under the kind of what befalls its patient once
//     ("Altman was sacked", "the board ousted Altman": a dismissal), and
//     any words of a meeting, a call, an arrest or something said; one
//     sentence tells one event once, but a verb and its to-infinitive
//     of the same agents tell one act ("machinists voted to accept the
//     offer": see oneact.go);
//   - a support verb's noun names its event ("regulators have taken
//     control", "the bank is controlled by regulators"; "made landfall");
//   - in news, a verb of occurring whose subject is an event noun ("the
//     quake struck", "the blast occurred") tells that noun's event, and
//     shares its word;
//   - their places agree when both name one; in an archive (most
//     documents undated), the named people of two events, or those their
//     documents are about, count against a merge when they differ;
//   - their dates overlap (statements: on one day). Two vague dates (a
//     week, a month) from different documents a few days apart may still
//     be one event when everything else is the same; the event then keeps
//     each source's date in Event.Dates. A telling dated only by its
//     paper's day tells what happened by then: it joins an event of the
//     day before told in its words, or one of the week before that
//     befell the same people ("hired days after he was ousted").
//     An undated mention joins only an
//     event with the same participants that its own document tells, or,
//     given publication dates (Options), one dated in the days its
//     publication allows (the week before for what happened, two days for
//     a statement, the two weeks after for what is to come), or an undated
//     one told by documents published within a day of it. A headline
//     that names nobody ("Police end bank siege, gunman arrested") joins
//     its own body's telling in the same kind and a related word when
//     that event holds every such telling of the document. In a
//     stream, an event noun its document tells again as "the outage",
//     naming nobody, is the outage it has told before with an article,
//     dated or not ("a global outage crippled", "the outage began early
//     Friday", "about the outage"; not "by mutual agreement"): the
//     second pass weighs two tellings of one document as unlike, and
//     left them three events that other outlets' tellings split between
//     them (see anaphor.go).
//
// A plural that no determiner makes definite tells a kind of happening
// in general ("it would stagger future updates", "a tool to validate
// updates"): an event told only so is never one a singular telling
// tells ("a faulty software update crashed the computers"), whose word
// alone tied them (see generic.go; on ECB+ dev CoNLL F1 69.4 → 69.5,
// train links 46.5 → 46.7).
//
// A telling of an nth thing ("the coast guard found a fourth leak") and
// one of fewer of them ("by Tuesday three leaks had been found"), or of
// another nth, are two events in the second pass (see nth.go): the real
// Nord Stream reports made one find of the two, and of "it had found a
// fourth leak", told on Thursday, one with Monday's finds. ECB+, the
// eventtime set, the gold stories and bench2000 are unchanged.
//
// Two events told in one word under two names ("the 58th annual Tony
// Awards", "the Academy Awards") are two, in an archive too, where the
// conflict weighs against them (see eventname.go): ECB+ had made one
// event of the Academy Awards and an actor's Tony Awards of 2004.
//
// One writer's two tellings of one day in the same words, each dated by
// its text, naming no one and saying nothing, are one event told again
// ("the balloon was shot down on Saturday afternoon", "two days after a
// fighter jet shot it down"), though the second pass weighs one
// document's tellings as unlike (see retold.go). ECB+ (an archive), the
// eventtime set, the gold stories and bench2000 are unchanged.
//
// In a stream, a death (or what else befalls one person once) told by
// one outlet naming the person and by another naming no one the actors
// know ("the Queen died at Balmoral on 8 September"), both dated to one
// day, are weighed by the second pass as two nameless tellings are (see
// befallen.go): the real Queen Elizabeth II reports gave the death one
// event of four outlets, not two of three and one; in the Thai cave
// reports a diver's death gained a third outlet's nameless telling.
// A nameless telling that counts many, or a day within a named event's
// week, stays apart. ECB+ (an archive), the eventtime set, the gold
// stories and bench2000 are unchanged.
//
// A toll rises by steps, each its own event: two tellings of a change
// each told by the value it reached ("the death toll rose to 13 on
// Monday", "police said the toll had risen to 20") are two events
// when the values differ by more than rounding, though their counts lie
// within the factor a toll updated by outlets may (see reached.go). In
// the real Lac-Mégantic reports the rise to 20 told on Wednesday had
// joined Monday's rise to 13. ECB+, the eventtime set, the gold stories
// and bench2000 are unchanged.
//
// In a stream, two outlets' undated tellings of kind other, one or both
// naming no one, are weighed only when both are event nouns ("the
// blockage") or what they tell of shares a word beside the trigger
// ("would cut 15% of its workforce"): on the trigger word alone the
// second pass merged "to do anything" with "the decisions made by
// officials" (see thin.go). Over the 23 real stories of the last stops
// 82 events so merged came apart, nearly all clauses about different
// things, and 12 gained tellings that had joined the wrong one; the
// example corpus keeps 766 events, not 754. ECB+ (an
// archive), the eventtime set's scores, the gold stories and the
// merge's time on bench2000 are unchanged.
//
// The same holds of an undated telling of kind other naming someone and
// another outlet's dated one naming no one ("Burkhardt said he had stayed in
// Chicago", "some 40 people remained missing on Monday"): 15 events
// more over 37 real stories, the eventtime set's scores unchanged. Kind
// movement (WordNet's verbs of motion: "leave", "send", "fall", "lead")
// says as little as other and is weighed so ("the bank, led by its
// governor" had joined "announced the result"): some 25 events more over
// 45 real stories, the example corpus 773 not 768, ECB+, the eventtime
// set's scores and the gold stories unchanged.
//
// In a stream, an event noun whose owner is named ("Vale's collapse on
// the stock market") is weighed beside another outlet's telling naming no
// one as a thin one is: only what they tell of, beside the noun, may tie
// them, and a preposition ("on", "of") is no such word (see thin.go). A
// telling that says only that its speaker spoke ("Bolsonaro stated")
// does not make its event every saying of the speaker, and another
// outlet's saying by another act that shares no word ("thanked
// Netanyahu") is another saying (see saying.go). Over 47 real stories
// about 65 merged events came apart, nearly all one speaker's different
// sayings of one article told as one (a few tellings of one act by two
// words were lost: "said he was imposing martial law", "the
// declaration"). ECB+ dev CoNLL F1 unchanged (69.4 without the archive
// guard of the first), train links F1 46.2 → 46.3, the eventtime set
// unchanged; the gold stories' precision rose (talks .579 → .600, quake
// .821 → .828), their merge doc recall fell (.594 → .580, .460 → .444).
//
// One document's event noun told again in another word of one sense
// ("an explosion", "the blast"; "the war", "the conflict") is the event
// told before (nounAnaphor); one told as another of its kind ("another
// eruption", "a new round of talks") is no other's, and stays apart from
// an event told otherwise through a document that tells both
// (another.go). In a stream, a noun and its verb of starting or of
// occurring in one sentence ("The eruption began", "An explosion tore
// through the plant") are one event (onset.go). Two tellings of one
// document in two words, one or both of no kind ("used the money to buy
// a house", "he stole from the people"), are not weighed as one filing's
// (toldUnmet), and two of one day and one word saying little are told
// again only when what they are about shares a word (retoldSameDay). In
// a stream, a dated event told by its noun alone and naming no one ("a
// ransomware attack knocked out its systems on Wednesday") is weighed by
// the second pass against a named one of its family ("the Nightjar group
// attacked the hospital in October"; nameless.go): talks precision .577 →
// .586, the example corpus's invasion, call and war each one event. Over
// the 34 invented stories of the last two stops these joined a blast, a
// war, a strike and an eruption each split by its words, and kept apart
// five wrong merges (a purchase and a theft, residents leaving and cars
// leaving the tracks, two future eruptions); ECB+ dev CoNLL F1 unchanged,
// train 63.3 → 63.4 (at the commits that made them), eventtime and gold
// stories unchanged.
//
// In a stream, a speech act and the participle after its comma are one
// statement ("Keller-Sutter defended the takeover on Monday, telling
// journalists that the government had acted"; "said ..., adding that";
// "asked for a new trial, arguing that"), which other outlets' tellings
// of either join (see elaborate.go); in the real stories of the last
// stops eight such pairs had been two statements.
//
// In a stream, the second pass weighs the events of two families the
// first pass never met when both name someone ("regulators closed the
// bank", "the bank was shut down by regulators"), and keeps apart as a
// cannot-link two events the first pass held apart for their agents.
// Two dated events, one naming only the institution that did it ("the
// jury has found him guilty"), the other only whom it befell ("Chauvin
// was found guilty"), are weighed there too; and a document that tells
// two events the first pass never weighed against each other does not
// count against their merge.
//
// Mentions are visited from the most precisely dated to the vaguest, so the
// narrowest telling seeds an event; candidates are found through blocks of
// (kind family, actor or actor pair, week), never by comparing all pairs, so
// merging n mentions costs O(n log n). A mention that fits two events
// equally well joins neither.
//
// A merged event reads as its best telling: its summary, predicate and
// first participants are those of the telling dated as the event is,
// told by a verb rather than a noun, naming who did it, dated by its own
// text, saying one clause (not running past a comma into another
// telling of its sentence), of the event's kind and status, then the
// most timeline-worthy and fullest (see representative). "Colin Ashby
// declared a local emergency" speaks for "A local emergency" and for
// "Colin Ashby declared an emergency earlier this week, said the two
// storms had caused".
//
// Event ids are "e-" and ten hex digits of a hash of the event's kind,
// actors, start date and first telling: the same input gives the same ids
// in any order.
//
// # Cost
//
// On the 1,694-article benchmark corpus (copies of testdata/articles a
// week apart: 164,472 event mentions, 116,014 events after the first pass,
// 1.6 million candidate pairs within the second pass's strong components)
// Merge takes 2.0–2.3 CPU seconds and, at best on this shared 2-core
// machine, 1.2 s of wall time (2.2–2.4 and 1.7 s before the first pass,
// the blocks, the records made anew and the links ran on every CPU, the
// scoring workers shared the blocks by their cost and the pairs were
// weighed from compact spots first). The first pass, scoring the pairs
// twice and clustering them take about equal shares. The second scoring
// visits only the pairs within strong components (eachPairWithin: 5.6
// of the 14.9 million pairs its blocks' windows hold on bench2000), and
// the clustering pushes a merged cluster's pairs with the sums its moves
// left rather than looking 2.4 million of them up again. (Measured
// under a load of 8-10 on the 2 cores, where wall and CPU times both
// varied by a third from run to run, those changes showed in the counts,
// not the clock: the merge of BenchmarkMergeCorpus took 4.2-4.9 CPU
// seconds before and after.) Beside its input (82
// MB live as it starts on the benchmark corpus, 55 of them the
// per-document results) it holds a record per mention (104 bytes: its
// kind, family and trigger shared with every record of the same words, the
// ids of its actors, agents and places in one list) in the first pass and
// again when the events are built, and through the second pass a cluster
// per first-pass event (176 bytes, with its lists), its spot (24 bytes)
// and facts (48 bytes, what few tellings give behind a pointer),
// the candidate pairs within strong components (16 bytes each scored, 8
// each of the two in three that cannot link, in one list however many
// workers scored them, gathered in chunks of 16,384 and copied once
// into a list of their size; the strong pairs that make the components
// are joined as they are scored, never kept, and a pair whose events
// the worker has already joined is not scored at all: 1.7 of the 10.6
// million pairs the strong pass meets on the benchmark corpus)
// and the clustering tables of the two largest components (two fifths of
// the pairs: 24 bytes a scored pair, 12 a cannot-link, its key alone, and
// 8 in the neighbour lists, which a neighbour's merge never lengthens).
// From the saved analysis (BenchmarkMergeCorpus's input: 114 MB live as
// the merge starts, its strings not shared) the live heap peaked at
// 245–261 MB, when the clustering's tables held 61 MB and, at the end of
// the scoring, the workers' own lists of pairs 69 MB; it peaks at 226–238
// MB now, the tables 42 MB and the lists 34 (GOGC=5, sampled at every
// collection). `storyline extract` of bench2000 peaked at 176–188 MB of
// live heap in the collector's trace, then 159–162, and 137 since the
// scoring's tables (document vectors and cosines, spots, words, facts) are
// let go before its pairs are gathered into one list (146 before). At
// that peak (bench2000 on main of stop 48: 144 MB) it held the extracted
// mentions (22 MB), the events (16), the documents' cosines (15), the
// scored pairs (13), the events' facts (9.4), the lexicon (9) and the
// documents' vectors (4.2), which now go with their table of plain
// cosines; with the facts' rare half behind a pointer and the lexicon's
// own index the peak is 132 MB (facts 4.8, lexicon 7).
// Before, the live heap, input and all, was 119 MB after the first pass
// and peaked near 165 MB as the pairs were clustered (154 as they were scored, 112 in the strong
// pass; measured under GOGC=5, which keeps the heap near the live heap);
// with 184-byte records, 200-byte clusters, the strong
// pairs gathered into lists and batches of 131,072 scored pairs it was 137
// MB after the first pass and 177–184 MB as the pairs were scored (150–154
// in the strong pass). BenchmarkMerge allocates 107 MB at 100,000 mentions
// (125 before), and 1,035 at a million once the records shared their words
// (1,115 before); measured again, 124 and 964 MB both before and after
// the clustering kept its cannot-links as keys (its synthetic mentions
// make few), at 11.7–13.5 and 17.5–17.8 µs of CPU a mention (12.3–17.1
// and 18.5–22.1 before, under a load of 8–9). BenchmarkMerge: 5.3–6.7 µs
// of CPU a mention at 100,000 mentions and 9.5 at a million (6.2–6.4 and
// 9.9–10.8 before; 6.7 and 12.3
// before the pairs were scored twice and clustered in tables);
// BenchmarkMergeArchive 19.7–20.2 and 24.6 (19.7–20.3 and 26.4–27.0).
// (Under the load of other jobs, where these last changes were measured,
// 8.3–10.0 µs at 100,000 mentions before them and 9.9–12.4 after: a
// difference the noise hides.)
//
// The merge of BenchmarkMergeCorpus allocated 558 MB and now 381, under
// a load of 9–13 on the 2 cores, 5.8 CPU seconds then 5.0: the pairs
// were gathered in one list regrown by a quarter when full (121 MB of
// allocations for 31 MB of pairs, now 47 MB in chunks), their keys read
// through a call the compiler does not inline in a generic function
// (gathering them took 0.71 CPU s, now 0.20), the first pairs of the
// clustering listed by append (31 MB, now 5.5), and the words around
// the triggers split into lists (28 MB) where they are now read in
// place; the clustering's heap, four children a node, pops in 0.57 CPU
// s of two merges, 0.85 as a binary heap.
package resolve
