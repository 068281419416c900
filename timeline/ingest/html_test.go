package ingest

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

const storyBody = `<article><p>The old bridge reopened to traffic on Wednesday after eight months of repairs.</p>
<p>The council said the work came in under budget.</p></article>`

func TestReadHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, html               string
		title, date, url, source string
	}{
		{"published_time wins",
			page(`<title>Bridge | Daily</title><meta property="article:published_time" content="2025-01-30T09:00:00Z">
<script type="application/ld+json">{"datePublished": "2025-01-01"}</script>`, `<time datetime="2024-12-01">x</time>`+storyBody),
			"Bridge | Daily", "2025-01-30T09:00:00Z", "", ""},
		{"best meta name whatever the order",
			page(`<meta name="date" content="2025-01-02"><meta property="article:published_time" content="2025-01-30">`, storyBody),
			"", "2025-01-30", "", ""},
		{"json-ld in a graph",
			page(`<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Bridge Reopens", "datePublished": "2025-01-29"}]}</script>`, storyBody),
			"Bridge Reopens", "2025-01-29", "", ""},
		{"json-ld array",
			page(`<script type="application/ld+json">[{"datePublished": "2025-01-28"}]</script>`, storyBody),
			"", "2025-01-28", "", ""},
		{"broken json-ld is ignored",
			page(`<script type="application/ld+json">{"datePublished": </script>`, `<time datetime="2025-01-27">Jan 27</time>`+storyBody),
			"", "2025-01-27", "", ""},
		{"og tags and canonical",
			page(`<title>Long | Site</title><meta property="og:title" content="Bridge Reopens"><meta property="og:site_name" content="Daily">
<meta property="og:url" content="https://d.example/og"><link rel="canonical" href="https://d.example/bridge">`, storyBody),
			"Bridge Reopens", "", "https://d.example/bridge", "Daily"},
		{"site name after the title tag's headline",
			page(`<title>Old bridge reopens after repairs - Island Times</title>`, storyBody),
			"Old bridge reopens after repairs", "", "", "Island Times"},
		{"site name after the og:title in the title tag",
			page(`<title>Old bridge reopens after repairs | The Daily Ledger</title><meta property="og:title" content="Old bridge reopens after repairs">`, storyBody),
			"Old bridge reopens after repairs", "", "", "The Daily Ledger"},
		{"the site's name closing its og:title",
			page(`<meta property="og:title" content="Old bridge reopens after repairs – Island Times"><meta property="og:site_name" content="Island Times">`, storyBody),
			"Old bridge reopens after repairs", "", "", "Island Times"},
		{"a headline naming the site but not closing with it stays",
			page(`<meta property="og:title" content="Island Times sold to rival publisher"><meta property="og:site_name" content="Island Times">`, storyBody),
			"Island Times sold to rival publisher", "", "", "Island Times"},
		{"the site's section between the headline and its name",
			page(`<title>Old bridge reopens after repairs | Local news | Island Times</title>`, storyBody),
			"Old bridge reopens after repairs", "", "", "Island Times"},
		{"a date after the site's name in the title tag",
			page(`<title>Coalition agrees budget after all-night talks | WN | 23.10.2026</title>`, storyBody),
			"Coalition agrees budget after all-night talks", "", "", "WN"},
		{"the site's address as its name in the title tag",
			page(`<title>Two hikers rescued after night on the mountain | kxnw.example</title>`, storyBody),
			"Two hikers rescued after night on the mountain", "", "", "kxnw.example"},
		{"a headline closing with a date or a figure stays",
			page(`<title>Talks resume in Oslo - 3.5 million affected | March 2</title>`, storyBody),
			"Talks resume in Oslo - 3.5 million affected | March 2", "", "", ""},
		{"a figure after a bar is no address",
			page(`<title>Inflation in the euro area rises | 3.5</title>`, storyBody),
			"Inflation in the euro area rises | 3.5", "", "", ""},
		{"a title tag's last words that are no site's name stay",
			page(`<title>Talks resume in Oslo | Day two</title>`, storyBody),
			"Talks resume in Oslo | Day two", "", "", ""},
		{"a less common meta name for the date",
			page(`<meta name="publication_date" content="2026-03-04"><meta name="cXenseParse:recs:publishtime" content="2026-03-05T10:00:00Z">`, storyBody),
			"", "2026-03-04", "", ""},
		{"a date the page marks by class, when the head has none",
			page(`<title>x</title>`, `<div class="byline-block"><p>By Ana Lima</p><p class="date">Wednesday, March 4, 2026 5:41 pm</p></div>`+storyBody),
			"x", "2026-03-04", "", ""},
		{"a dotted date and its label in a date element",
			page(`<title>x</title>`, `<span class="article-date">Published: 17.02.2026 kl. 10:14</span>`+storyBody),
			"x", "2026-02-17", "", ""},
		{"itemprop datePublished on an element",
			page(`<title>x</title>`, `<span itemprop="datePublished" content="2026-03-04T10:00:00Z">4 March</span>`+storyBody),
			"x", "2026-03-04T10:00:00Z", "", ""},
		{"a teaser's date in an aside and a date picker are no date",
			page(`<title>x</title>`, `<aside><span class="date">2 March 2026</span></aside><div class="date-picker">Pick a day to see its news</div>`+storyBody),
			"x", "", "", ""},
		{"the head's date comes first",
			page(`<title>x</title><meta name="date" content="2026-03-05">`, `<p class="date">4 March 2026</p>`+storyBody),
			"x", "2026-03-05", "", ""},
		{"an element whose text is labelled as the publication date",
			page(`<title>x</title>`, `<div class="article__author"><p>Author: Ana Lima</p><p>Published: 4:41 PM MST December 13, 2026</p><p>Updated: 6:03 PM MST December 14, 2026</p></div>`+storyBody),
			"x", "2026-12-13", "", ""},
		{"an unmarked element labelled only as updated is no publication date",
			page(`<title>x</title>`, `<div class="article__author"><p>Updated: 6:03 PM MST December 14, 2026</p></div>`+storyBody),
			"x", "", "", ""},
		{"a sentence that opens with the word published is no date element",
			page(`<title>x</title>`, `<p>Published reports on March 3, 2026 said the mayor resigned.</p>`+storyBody),
			"x", "", "", ""},
		{"og url without canonical",
			page(`<meta property="og:url" content="https://d.example/og">`, storyBody),
			"", "", "https://d.example/og", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := readHTML("p.html", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Date != tt.date || a.URL != tt.url || a.Source != tt.source {
				t.Errorf("got title %q date %q url %q source %q\nwant title %q date %q url %q source %q",
					a.Title, a.Date, a.URL, a.Source, tt.title, tt.date, tt.url, tt.source)
			}
		})
	}
}

func TestReadHTMLText(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string // substrings of the text, in order
		absent     []string
	}{
		{"paragraphs on their own lines", page("", storyBody),
			[]string{"The old bridge reopened", "\n", "The council said"}, nil},
		{"scripts and styles left out",
			page(`<style>p{color:red}</style>`, `<script>var s = "hidden words";</script><div><p>Short note about the weather today.</p></div>`),
			[]string{"Short note about the weather today."}, []string{"hidden words", "color:red"}},
		{"list items become bullets",
			page("", `<article><p>The ministers agreed on three points after a long day of talks in the capital.</p><ul><li>A ceasefire along the river.</li><li>An exchange of prisoners.</li></ul></article>`),
			[]string{"talks in the capital.", "\n- A ceasefire along the river.", "\n- An exchange of prisoners."}, nil},
		{"text after a block starts a line",
			page("", `<article><p>Union says its members will stay out</p><time datetime="2026-10-14">Wed 14 Oct 2026 07.32 BST</time><div>By Ana Lima</div><span>Updated 10:02</span>`+storyBody+`</article>`),
			[]string{"stay out\nWed 14 Oct 2026", "By Ana Lima\nUpdated 10:02", "The old bridge reopened"}, nil},
		{"a signup box goes with its form",
			page("", `<article>`+storyBody+`<div class="promo"><h3>Sign up to First Edition</h3><p>Our morning email breaks down the key stories of the day.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form><p>Privacy Notice: Newsletters may contain info about charities.</p></div><p>The council said the works had cost more than planned.</p></article>`),
			[]string{"The old bridge reopened", "The council said the works"}, []string{"morning email", "Privacy Notice", "First Edition"}},
		{"an embedded social post is left out",
			page("", `<article>`+storyBody+`<blockquote class="twitter-tweet"><p lang="en">Our teams are working to restore power to every home.</p>&mdash; Gridco (@gridco) <a href="https://x.com/gridco/status/1">October 20, 2026</a></blockquote><p>The council said the works had cost more than planned.</p></article>`),
			[]string{"The old bridge reopened", "The council said the works"}, []string{"Our teams", "@gridco"}},
		{"a note on the authors is left out",
			page("", `<article><p class="byline">By Ana Lima and Rui Costa</p>`+storyBody+`<p class="contributor">Ana Lima and Rui Costa cover transport from Lisbon.</p><div class="story__author-bio"><p>Rui Costa writes on rail.</p></div></article>`),
			[]string{"The old bridge reopened"}, []string{"cover transport", "By Ana Lima", "writes on rail"}},
		{"a byline with the page's only date stays",
			page("", `<article><div class="byline">By Ana Lima, 14 October 2026</div>`+storyBody+`</article>`),
			[]string{"By Ana Lima, 14 October 2026", "The old bridge reopened"}, nil},
		{"a search form is no signup box",
			page("", `<article><form><input type="search" name="q"></form>`+storyBody+`</article>`),
			[]string{"The old bridge reopened"}, nil},
		{"fragment without html element", `<p>Only a paragraph, no page around it.</p>`,
			[]string{"Only a paragraph, no page around it."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := readHTML("p.html", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			rest := a.Text
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("text %q lacks %q (in order)", a.Text, w)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.absent {
				if strings.Contains(a.Text, w) {
					t.Errorf("text %q contains %q", a.Text, w)
				}
			}
		})
	}
}

func TestReadHTMLNoText(t *testing.T) {
	for _, in := range []string{page("<title>Empty</title>", ""), page("", "<script>x()</script><img src=a.png>")} {
		if _, err := readHTML("p.html", []byte(in)); !errors.Is(err, ErrNoText) {
			t.Errorf("readHTML(%q) error = %v, want ErrNoText", in, err)
		}
	}
}

func TestBreakGluedInlines(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"inline siblings a style sheet sets apart break the line",
			`<div><span>Published</span><span>3 hours ago</span></div><figure><figcaption>Crowds outside the court on Monday<span class="credit">Credit: Example Wire</span></figcaption></figure><ul><li><a>Ferries resume after storm</a><span>2 March 2026</span></li></ul>`,
			"Published\n3 hours ago\nCrowds outside the court on Monday\nCredit: Example Wire\n\n- Ferries resume after storm\n2 March 2026"},
		{"a screen reader's caption label parts from the credit before it",
			`<figure><figcaption><span>Image source, </span>Example Wire<span>Image caption, </span>Crowds outside the court</figcaption></figure>`,
			"Image source, Example Wire\nImage caption, Crowds outside the court"},
		{"inline runs that are one word or a spaced phrase stay whole",
			`<p><span>A</span><span>NNA Berg</span> said CO<sub>2</sub> levels at <b>Northwind</b> <b>Bank</b> fell, <a>Lena</a>'s team found.</p>`,
			"ANNA Berg said CO2 levels at Northwind Bank fell, Lena's team found."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if got := bodyText(bodyOf(doc)); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}
