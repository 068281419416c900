package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/timeline/svg"
)

// The browser test opens report.html in headless Chromium, as a reader
// would: it must draw, hold every event, run its script without a console
// message and fetch nothing. It skips without Chromium, unless
// STORYLINE_BROWSER_TEST=1 (as in CI) makes that a failure.

var screenshotOut = flag.String("screenshot", "", "also write the report's screenshot to this `file` (the README's picture)")

const chromiumBin = "/usr/bin/chromium"

func chromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(chromiumBin); err != nil {
		if os.Getenv("STORYLINE_BROWSER_TEST") == "1" {
			t.Fatalf("STORYLINE_BROWSER_TEST=1 but there is no browser: %v", err)
		}
		t.Skipf("no %s: skipping the browser test (apt-get install chromium)", chromiumBin)
	}
	return chromiumBin
}

// site serves one page and records every request it gets.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	requests []string
}

func serve(t *testing.T, page []byte) *site {
	t.Helper()
	s := &site{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests = append(s.requests, r.Method+" "+r.URL.Path)
		s.mu.Unlock()
		if r.URL.Path != "/report.html" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(s.Close)
	return s
}

// open loads the page, with query, in headless Chromium with extra flags,
// and returns what Chromium printed. It fails the test when the page logs
// to the console or when anything but the page was asked of the server.
func (s *site) open(t *testing.T, bin, query string, extra ...string) string {
	t.Helper()
	var out string
	var console []string
	for try := 1; ; try++ {
		s.mu.Lock()
		s.requests = nil
		s.mu.Unlock()
		var hung bool
		out, console, hung = browse(t, bin, s.URL+"/report.html"+query, extra...)
		if !hung {
			break
		}
		if try == browseTries {
			t.Fatalf("chromium hung %d times", try)
		}
		// A headless Chromium on a loaded machine once hung past its
		// time with nothing wrong in the page: try it afresh.
		t.Logf("chromium hung; trying again")
	}
	for _, line := range console {
		t.Errorf("console: %s", line)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.requests) != 1 || s.requests[0] != "GET /report.html" {
		t.Errorf("the server got %q, want only the page", s.requests)
	}
	return out
}

// browse runs headless Chromium on url with extra flags and returns what
// it printed and the console messages the page logged, or that Chromium
// hung past its time.
func browse(t *testing.T, bin, url string, extra ...string) (stdout string, console []string, hung bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--window-size=1280,2400",
		"--enable-logging=stderr", "--v=0",
	}, extra...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", nil, true
		}
		t.Fatalf("chromium: %v\n%s", err, errOut.String())
	}
	for line := range strings.SplitSeq(errOut.String(), "\n") {
		if strings.Contains(line, ":CONSOLE") {
			console = append(console, line)
		}
	}
	return out.String(), console, false
}

// browseTries is how many times a page is opened in a Chromium that hangs.
const browseTries = 2

func buildReport(t *testing.T, inputs ...string) []byte {
	t.Helper()
	dir := t.TempDir()
	args := append(append([]string{"build"}, inputs...), "-o", dir, "--format", "html")
	if code, _, stderr := runCLI(t, "", args...); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReportInBrowser(t *testing.T) {
	bin := chromium(t)
	shotOut := *screenshotOut
	if shotOut != "" {
		var err error
		if shotOut, err = filepath.Abs(shotOut); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir("../..") // so that the page names the corpus as the README does
	page := buildReport(t, "testdata/articles")
	assertNoOutsideReferences(t, page)
	events := len(regexp.MustCompile(`<tr id="e-`).FindAll(page, -1))
	s := serve(t, page)

	t.Run("screenshot shows the timeline", func(t *testing.T) {
		shot := filepath.Join(t.TempDir(), "report.png")
		s.open(t, bin, "", "--screenshot="+shot)
		img := readPNG(t, shot)
		assertShowsTimeline(t, img)
		if shotOut != "" {
			saveTop(t, img, 1640, shotOut)
		}
	})
	t.Run("DOM holds every event and the script ran", func(t *testing.T) {
		dom := s.open(t, bin, "", "--dump-dom")
		if got := strings.Count(dom, `<tr id="e-`); got != events || events < 50 {
			t.Errorf("DOM holds %d event rows, the page %d", got, events)
		}
		if !strings.Contains(dom, `<form id="filters" class="filters">`) {
			t.Errorf("the script did not show the filters")
		}
		if want := ">" + strconv.Itoa(events) + " of " + strconv.Itoa(events) + " events shown<"; !strings.Contains(dom, want) {
			t.Errorf("DOM does not say %q", want)
		}
	})
	t.Run("filters from the address", func(t *testing.T) {
		dom := s.open(t, bin, "?q=witkoff&kind=meeting", "--dump-dom")
		shown, hidden := filteredRows(t, dom)
		if len(shown) == 0 || len(hidden) == 0 {
			t.Fatalf("%d rows shown, %d hidden: the filter did nothing", len(shown), len(hidden))
		}
		for _, r := range shown {
			if !strings.Contains(strings.ToLower(r), "witkoff") || !strings.Contains(r, `data-kind="meeting"`) {
				t.Errorf("a row shown does not match the filter: %.200s", r)
			}
		}
	})
}

func TestHostileReportInBrowser(t *testing.T) {
	bin := chromium(t)
	page := buildReport(t, "testdata/hostile.txt")
	assertNoOutsideReferences(t, page)
	s := serve(t, page)
	dom := s.open(t, bin, "", "--dump-dom")
	doc, err := html.Parse(strings.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			text.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "img" || n.Data == "iframe"):
			t.Errorf("the payload became an <%s> element", n.Data)
		case n.Type == html.ElementNode && n.Data == "script" && strings.Contains(n.FirstChild.Data, "pwned"):
			t.Errorf("the payload became a <script> element")
		}
		for c := range n.ChildNodes() {
			visit(c)
		}
	}
	visit(doc)
	for _, want := range []string{
		`Putin meets envoy <script>fetch("/pwned-title-script")</script><img src="/pwned-title-img"`,
		`<b onmouseover="fetch('/pwned-source')">Evil</b> Wire`,
		`in Moscow on Thursday, <script>fetch("/pwned-text-script")</script> officials said.`,
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
}

// assertNoOutsideReferences fails when the page would load anything: an
// http(s) src anywhere, or an http(s) href on anything but a link to an
// article.
func assertNoOutsideReferences(t *testing.T, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				outside := strings.HasPrefix(a.Val, "http:") || strings.HasPrefix(a.Val, "https:") || strings.HasPrefix(a.Val, "//")
				if a.Key == "src" || a.Key == "srcset" || a.Key == "poster" || a.Key == "data" {
					t.Errorf("<%s %s=%q>: the page loads something", n.Data, a.Key, a.Val)
				}
				if a.Key == "href" && outside && n.Data != "a" {
					t.Errorf("<%s href=%q> is fetched, not followed", n.Data, a.Val)
				}
			}
			if n.Data == "style" && n.FirstChild != nil && (strings.Contains(n.FirstChild.Data, "url(") || strings.Contains(n.FirstChild.Data, "@import")) {
				t.Errorf("a style block loads something")
			}
		}
		for c := range n.ChildNodes() {
			visit(c)
		}
	}
	visit(doc)
}

// assertShowsTimeline checks that the picture is not blank and that the
// timeline is drawn near the top: the first two lane colours of its
// palette (#0072B2, #D55E00) fill its event marks.
func assertShowsTimeline(t *testing.T, img image.Image) {
	t.Helper()
	b := img.Bounds()
	colours := map[[3]uint8]int{}
	top := min(b.Max.Y, 1600)
	for y := b.Min.Y; y < top; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint8{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8)}]++
		}
	}
	if len(colours) < 100 {
		t.Errorf("the top of the page has %d colours: blank?", len(colours))
	}
	// The lanes take the palette's colours in turn; which actor gets
	// which depends on the corpus, so the test asks for several of them.
	lanes, pixels := 0, 0
	for _, hex := range svg.DefaultPalette {
		var c [3]uint8
		if _, err := fmt.Sscanf(hex, "#%02X%02X%02X", &c[0], &c[1], &c[2]); err != nil {
			t.Fatal(err)
		}
		if n := colours[c]; n >= 50 {
			lanes++
			pixels += n
		}
	}
	if lanes < 4 || pixels < 1000 {
		t.Errorf("%d lane colours (%d pixels) in the top %d px: no timeline?", lanes, pixels, top)
	}
}

// filteredRows returns the event rows of a DOM dump, shown and hidden.
func filteredRows(t *testing.T, dom string) (shown, hidden []string) {
	t.Helper()
	for _, m := range regexp.MustCompile(`(?s)<tr id="e-[^>]*>.*?</tr>`).FindAllString(dom, -1) {
		head := m[:strings.IndexByte(m, '>')]
		if strings.Contains(head, " hidden") {
			hidden = append(hidden, m)
		} else {
			shown = append(shown, m)
		}
	}
	return shown, hidden
}

// saveTop writes the top height pixels of img to path, compressed hard:
// the README's picture, committed to the repository.
func saveTop(t *testing.T, img image.Image, height int, path string) {
	t.Helper()
	b := img.Bounds()
	top := image.NewRGBA(image.Rect(0, 0, b.Dx(), min(height, b.Dy())))
	draw.Draw(top, top.Bounds(), img, b.Min, draw.Src)
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, top); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(mustRead(t, path)))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return img
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
