package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrgTail: a capitalised common word after a complete organisation
// name that heads a noun phrase of its own is not the name's.
func TestOrgTail(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Guests at the Brenlow Haulage Ltd Christmas party were hurt.", "Brenlow Haulage Ltd", "Brenlow Haulage Ltd Christmas"},
		{"He threw down his Relief Army Bell and ran to help.", "Relief Army", "Relief Army Bell"},
		{"Quellby Trust Foundation Trustee, Dana Morrow, was nominated.", "Quellby Trust Foundation", "Quellby Trust Foundation Trustee"},
		// The word is the name's when a capitalised word follows it, or a
		// verb: a name may end in a noun too.
		{"Harwick Energy Transfer Partners reported a loss.", "Harwick Energy Transfer Partners", ""},
		{"Dunmore Oil Search plans to drill.", "Dunmore Oil Search", ""},
		{"The figures came from Tarrant Media Research.", "Tarrant Media Research", ""},
		{"They passed the Children's Health Insurance Program, which helps.", "Children's Health Insurance Program", ""},
		// A noun for a person ends the name at a clause's end: no name
		// follows it for it to be the role of.
		{"The boy was held, according to the Dovrik Journal Sentinel.", "Dovrik Journal Sentinel", "Dovrik Journal"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			found := false
			for _, m := range ms[0] {
				if m.Name == tc.not && tc.not != "" {
					t.Errorf("%q runs into the name", m.Name)
				}
				found = found || m.Name == tc.want
			}
			if !found {
				t.Errorf("no %q in %s", tc.want, mentionIDs(ms[0]))
			}
		})
	}
}

// A weekday after a body's name dates the news; it is not the name's.
func TestWeekdayEndsOrgName(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"He appeared at Bedford District Court Wednesday charged with murder.", "Bedford District Court"},
		{"The Kelvin Daily News Tuesday reported the arrest.", "Kelvin Daily News"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Organization)
	}
}

// A place the gazetteer knows opens a body's name before "Department",
// a word of titles too ("Department head").
func TestPlaceDepartment(t *testing.T) {
	checkKind(t, []string{"The New York Department of Education said it would act."}, "New York Department of Education", timeline.Organization)
}

// TestCompanyAbbreviation: a name ending in a company's abbreviation
// ("Bros", "Corp", "Ltd") is the company's, even as a speaker.
func TestCompanyAbbreviation(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Kessler Bros said the film would open in May.", "Kessler Bros"},
		{"A spokesman for Kessler Bros. said the film would open in May.", "Kessler Bros"},
		{"Kessler Corp said the film would open in May.", "Kessler Corp"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Organization)
	}
}
