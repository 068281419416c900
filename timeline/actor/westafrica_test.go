package actor

import "testing"

// TestWestAfricanStates: the regional blocs and the states of West and
// Central Africa are the gazetteer's, so that a president of one has his
// country and the bloc is one actor under each of its names.
func TestWestAfricanStates(t *testing.T) {
	text := "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja. " +
		"Benin's President Ansel Vark flew to Niamey on Thursday for Ecowas. " +
		"Ivory Coast's President Tomas Dray said Burkina Faso and Chad were consulted. The African Union agreed."
	want := map[string]string{"Economic Community of West African States": "ecowas", "ECOWAS": "ecowas", "Ecowas": "ecowas",
		"Burkina Faso": "burkina-faso", "Chad": "chad", "African Union": "african-union"}
	got := map[string]string{}
	country := map[string]string{}
	for _, m := range findTexts(t, []string{text})[0] {
		got[m.Text] = m.Ref
		country[m.Name] = m.Country
	}
	for text, ref := range want {
		if got[text] != ref {
			t.Errorf("%q is %q, want %q", text, got[text], ref)
		}
	}
	if country["Ansel Vark"] != "benin" || country["Tomas Dray"] != "ivory-coast" {
		t.Errorf("countries of the presidents: %v", country)
	}
}

// TestRegionalLeaders: a region's adjective before a group noun is a
// group of that region, no bloc the text does not name.
func TestRegionalLeaders(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"West African leaders gave the officers one week to step down.", "West African leaders"},
		{"Latin American leaders met in Lima on Friday.", "Latin American leaders"},
	} {
		kinds := map[string]string{}
		for _, m := range findTexts(t, []string{c.text})[0] {
			kinds[m.Name] = m.Kind
		}
		if kinds[c.name] != "group" || kinds["ECOWAS"] != "" {
			t.Errorf("%q: mentions %v, want the group %q", c.text, kinds, c.name)
		}
	}
}

// TestUKNations: Scotland and Wales are regions of the United Kingdom
// with governments of their own, so that their first ministers are
// Scottish and Welsh, no British ones.
func TestUKNations(t *testing.T) {
	role := map[string]string{}
	for _, m := range findTexts(t, []string{"Scotland's First Minister Ilse Varga said the vote was unfair. The Welsh First Minister, Tomas Dray, agreed."})[0] {
		role[m.Name] = m.Role
	}
	if role["Ilse Varga"] != "Scottish First Minister" || role["Tomas Dray"] != "Welsh First Minister" {
		t.Errorf("roles %v", role)
	}
}
