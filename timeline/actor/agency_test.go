package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAgencyHeads: a board or an administration that ends a name of
// several capitalised words is an agency, even when an adjective that
// opens titles too ("National", "Federal") opens it; a president's
// administration is left alone.
func TestAgencyHeads(t *testing.T) {
	tests := []struct{ text, name, kind string }{
		{"The National Rail Safety Board said it had sent a team.", "National Rail Safety Board", timeline.Organization},
		{"Investigators from the Kessel Water Board arrived on Monday.", "Kessel Water Board", timeline.Organization},
		{"The Federal Mining Administration said it was looking into the collapse.", "Federal Mining Administration", timeline.Organization},
		{"The Coastal Fisheries Administration closed the bay.", "Coastal Fisheries Administration", timeline.Organization},
		{"The Food and Water Administration approved the pill.", "Food and Water Administration", timeline.Organization},
	}
	for _, tc := range tests {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	for _, text := range []string{"Officials of the Hal Vell Administration said it would appeal.", "Officials said the Brody Administration erred."} {
		for _, m := range findTexts(t, []string{text})[0] {
			if m.Kind == timeline.Organization && (m.Text == "Vell Administration" || m.Text == "Hal Vell Administration" && m.Name != m.Text) {
				t.Errorf("%q: %q is a %s named %q", text, m.Text, m.Kind, m.Name)
			}
		}
	}
}

// TestPlaceOrgEnds: a body's name opened by a place ends at its last
// organisation word before a title, a name or another body joined by
// "and", and keeps a field joined by "and" or after "of".
func TestPlaceOrgEnds(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Alaska Airlines Chief Executive Ben Vell said the jets were grounded.", []string{"Alaska Airlines"}, []string{"Alaska Airlines Chief Executive Ben Vell"}},
		{"Both Alaska Airlines and Kelby Airlines found loose bolts.", []string{"Alaska Airlines", "Kelby Airlines"}, []string{"Alaska Airlines and Kelby Airlines"}},
		{"An Alaska Airlines Boeing jet sat on the tarmac.", []string{"Alaska Airlines"}, []string{"Alaska Airlines Boeing"}},
		{"Texas Railways Spokesman Tom Dane said the line was shut.", []string{"Texas Railways"}, []string{"Texas Railways Spokesman Tom Dane"}},
		{"The Alaska Department of Fish and Game closed the river.", []string{"Alaska Department of Fish and Game"}, nil},
		{"The Ohio Department of Justice sued the firm.", []string{"Ohio Department of Justice"}, nil},
		{"Ohio Department of Health Director Amy Dane closed the schools.", []string{"Ohio Department of Health"}, []string{"Ohio Department of Health Director Amy Dane"}},
	}
	for _, tc := range tests {
		got := map[string]string{}
		for _, m := range findTexts(t, []string{tc.text})[0] {
			got[m.Text] = m.Kind
		}
		for _, w := range tc.want {
			if got[w] != timeline.Organization {
				t.Errorf("%q: %q is %q, want an organisation (%v)", tc.text, w, got[w], got)
			}
		}
		for _, n := range tc.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: %q is a mention", tc.text, n)
			}
		}
	}
}

// TestAgencyInitials: the initials of an agency an administration ends
// are that agency in an article that does not spell them out.
func TestAgencyInitials(t *testing.T) {
	all := findTexts(t, []string{"The Federal Mining Administration said it was investigating.", "The FMA said on Sunday that the mine would stay shut."})
	found := false
	for _, m := range all[1] {
		if m.Text == "FMA" {
			found = true
			if m.Name != "Federal Mining Administration" {
				t.Errorf("FMA is %q, want the Federal Mining Administration", m.Name)
			}
		}
	}
	if !found {
		t.Errorf("no mention FMA in %v", all[1])
	}
}
