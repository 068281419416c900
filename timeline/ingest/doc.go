// Package ingest reads articles as they arrive — plain text with optional
// YAML front matter, HTML pages, news-please JSON and JSONL — into
// timeline.Documents: the text, its metadata, its publication date, and its
// kept sentences with boilerplate left out.
//
// ReadPaths is the entry point: files, folders (recursive, sorted; files
// with other extensions skipped) and "-" for standard input, whose format is
// sniffed. Every input that cannot be read becomes a timeline.Diagnostic and
// the others are still returned; Read and ReadFile give the same for one
// input, with errors that wrap ErrEmpty, ErrBinary, ErrTooLarge, ErrNoText
// or ErrSyntax.
//
// JSONL (and JSONL on standard input) is read line by line, never whole:
// Options.MaxBytes bounds each record, not the file, and a longer record
// is a diagnostic on its line while the others are read. A record is
// numbered by its line in the file, blank lines counted, in its ID
// ("name-7" when it has no file name), its Path ("name.jsonl#7") and its
// diagnostics alike. Files and batches of records are decoded, cleaned and
// segmented on GOMAXPROCS workers; documents and diagnostics still come in
// input order, then line order, whatever the scheduling.
//
// A JSON record's body that holds HTML, as a site's own feed or API
// exports it, is read as its page would show it (paragraphs on lines of
// their own, character references read); offsets are then into that text.
//
// Text that is not UTF-8 is read in the charset it declares (a BOM, an
// HTML page's <meta charset>), or, when none of its bytes above ASCII
// starts a UTF-8 sequence, as Windows-1252 (Latin-1 and its quotes), with
// a warning that says so; UTF-8 with stray bytes has them replaced by
// U+FFFD, also with a warning.
//
// A document's publication date comes from its metadata (front matter,
// HTML meta tags and JSON-LD, the news-please date_publish field), else from
// Options.DCT, else from its text (InferDate: a "Published …" line, a bare
// date at the top, a wire dateline), else it is unknown; PublishedFrom says
// which. ParseDate reads the absolute dates all of these use. A date line
// without a year takes the year the other documents' dates put it nearest
// to, else the latest year its own text mentions, and a warning says which.
//
// Document.Text is the body as it arrived. Clean decides which of its lines
// are article and which are page furniture, by the shape of the line rather
// than a list of known sites, and Segment splits the kept lines into
// sentences; both give byte offsets into Text, so dropped lines are simply
// not covered by any sentence. A photo caption is kept as a caption
// without its credit ("(Photo: Name/Agency)"), whose agency is no actor.
// A line of the article's particulars strung together with bars or dots,
// each a byline, a date stamp or a reading time ("By Ana Lima | Published
// September 28, 2024 | Updated 4:30 p.m."), is furniture as its parts
// are (stop 37: such a line made its writer an actor of two events), and
// so is a stamp with the bar its byline left ("| July 20, 2021"). A
// line whose last sentence quotes its source ("…, the Anadolu news agency
// said.") is no caption, whatever agency it names. A title tag's closing
// site name ("… - Island Times") is cut off a headline the page gives
// nowhere else, and names the source of a page with no og:site_name.
// The publisher's notices about the article itself are furniture too
// (notices.go): calls to subscribe or follow ("Sign up to our morning
// briefing", "Have a news tip? Email us"), contributor lines ("Ana Lima
// contributed reporting"), editor's notes ("This story has been
// updated…", "Correction: …") and the writer's bio that closes a page.
// So is a line of the page's appeals to its reader (appeals.go): a
// short imperative of reading, joining, paying, following or sharing
// that names "our", "us", "your" or what a page sells ("Support our
// journalism", "Follow us on X", "Get the app"), a question about the
// page ("Enjoying this story? Share it with a friend.") and the small
// print that tells "you" of subscriptions or cookies. A quote or a speech
// verb makes it news of someone's appeal, which stays ("Help us find
// our son, his mother pleaded"); on ECB+, eventtime and the benchmark
// corpus no line but one comment-form prompt is such an appeal.
//
// A wire dateline is cut from the sentence it opens (datelines.go),
// whatever its shape: a place in capitals, letters beyond ASCII and the
// several places a story was filed from included ("SÃO PAULO",
// "NEW YORK/LONDON, Nov 10 (Reuters) - "), a region, a date, a credit,
// or only the date and a credit in brackets ("Jan 6 (Reuters) - "); a
// date and a dash without the credit open a live page's entry and stay.
// An HTML page's text breaks its line after every block element, as a
// browser shows it, so that a standfirst and the page's <time> stamp
// after it stay two lines; and between two inline elements that only a
// style sheet sets apart (inline.go: "<span>Published</span><span>3 hours
// ago</span>", a caption and its "Credit: …" span).
//
// Stop 50 read invented pages of many kinds of site (wire, broadsheet,
// tabloid, regional, broadcaster, live blog, press release, an English
// edition, paywalled, copied from a browser, news-please records). A list
// of teasers after its label ("More on this story", "Related Stories",
// "READ MORE ON …") is dropped up to the next sentence (teasers.go); so
// are a video player's messages, a paywall's offer, a press release's
// closing sections from "About <Name>", "Media contacts" or "###" on
// (pagetext.go), a gallery's counts and repeated captions (gallery.go),
// rule lines and slashed breadcrumbs (crumbs.go). A copied page's
// headline is the heading above its byline or stamp, and what the page
// printed above it is dropped (headline.go). A page with no date in its
// head is dated by the element its markup names as the date (pagedate.go),
// then by its text, then by the date in its address (urldate.go); a
// news-please record's date_download settles a slash date that reads
// either way and dates a record nothing else dates (fetched.go).
//
// Stop 51 read more such pages. A stamp's zone offset ("Updated 3:15 PM
// GMT+1, March 11, 2026") is read as part of its time, a line that holds
// a Published and an Updated stamp gives the first, an element labelled
// "Published: …" dates a page whose head has no date, and no date below
// the article's first paragraphs (a teaser's) is the page's. The lines
// about the writer and the page that close an article go (signoff.go:
// "Ana Lima covers education for the Record.", "Reach her at …", "A
// version of this article appears in print on …", "(Updates with …)"),
// and so do more of a page's labels (pagechrome.go: skip links, "Supported
// by", counts, an embedded post's attribution, a byline's name over its
// post). A title tag's closing date or address is no part of the headline.
// A date in figures with dashes is day first, as with dots ("05-11-2026"),
// unless its second number cannot be a month; a slash date that reads
// either way ("Issued on: 05/11/2026") takes the reading the page spells
// out elsewhere ("… on November 5, 2026", in a caption or an alt text).
package ingest
