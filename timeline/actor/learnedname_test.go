package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLearnedBodyNames: a learned body's word opens its name after "the"
// before "and" and another body's words ("by the University and College
// Union"), and before "for" and a field ("Institute for Tumour Biology");
// a name of a body that only qualifies a person's noun in an apposition
// leaves the person one ("Henrik Sand, the University of Lakeford cancer
// researcher"). A "for" before a person, and a title with "of", are as
// they were.
func TestLearnedBodyNames(t *testing.T) {
	for _, tc := range []struct{ text, desc, name, kind string }{
		{"The letter was organised by the University and College Union on Monday.", "University and College Union", "University and College Union", timeline.Organization},
		{"Ivo Renner, who heads the university's Institute for Tumour Biology, stepped back.", "Institute for Tumour Biology", "Institute for Tumour Biology", timeline.Organization},
		{"The journal retracted papers by Ivo Renner, the University of Kelby cancer researcher.", "Ivo Renner", "Ivo Renner", timeline.Person},
		// must not change
		{"The Union for Anna Berg said it would strike.", "Anna Berg", "Anna Berg", timeline.Person},
		{"Anna Berg, president of the Kyiv School of Economics, said so.", "Kyiv School of Economics", "Kyiv School of Economics", timeline.Organization},
	} {
		if got := nameAt(tc.text, tc.desc, tc.kind); got != tc.name {
			t.Errorf("%q: %q names %q as a %s, want %q", tc.text, tc.desc, got, tc.kind, tc.name)
		}
	}
	long := "The journal retracted papers by the laboratory of Ivo Renner, the University of Kelby cancer researcher under investigation for misconduct."
	if got := nameAt(long, "Ivo Renner", timeline.Organization); got != "" {
		t.Errorf("%q: Ivo Renner is the body %q", long, got)
	}
	eachMention(t, "Anna Berg, the Secretary of State, said so.", "Anna Berg", func(m Mention) {
		if m.Role != "Secretary of State" {
			t.Errorf("Anna Berg's role %q, want Secretary of State", m.Role)
		}
	})
}

// TestPlacedParticiple: a participle with its preposition after a body's
// noun in an apposition ("a shipping company based in Cyprus") leaves
// the noun the head, so the name is the company's and "the company"
// after it stands for it; a person's apposition is as it was.
func TestPlacedParticiple(t *testing.T) {
	text := "The tanker is operated by Kestrel Maritime, a shipping company based in Cyprus. The company said it would cooperate."
	if got := nameAt(text, "company said", timeline.Organization); got != "Kestrel Maritime" {
		t.Errorf("%q: the company is %q, want Kestrel Maritime", text, got)
	}
	checkKind(t, []string{text}, "Kestrel Maritime", timeline.Organization)
	checkPersons(t, []personCase{{"Anna Berg, a lawyer based in Oslo, said the firm would appeal.", "Anna Berg", true}})
}
