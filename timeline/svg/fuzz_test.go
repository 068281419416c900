package svg_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

// FuzzRender draws events documents as read from outside: any text in any
// field must come out as well-formed XML.
func FuzzRender(f *testing.F) {
	if data, err := os.ReadFile(fixture); err == nil {
		f.Add(data)
	}
	f.Add([]byte(`{"actors":[{"id":"<a>","name":"\u0000&\"'"}],"events":[{"id":"]]>","summary":"<!--","status":"\ufffe","kind":"a b","actors":[{"id":"<a>","role":"agent"}],"when":{"start":"2025-03-01","text":"\u001b"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tl timeline.Timeline
		if json.Unmarshal(data, &tl) != nil {
			return
		}
		d, err := layout.Layout(&tl, layout.Options{ShowLinks: true})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := svg.Render(&out, d, svg.Options{}); err != nil {
			t.Fatal(err)
		}
		parseXML(t, out.Bytes())
	})
}
