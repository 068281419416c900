package actor

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestEmbeddedGazetteer(t *testing.T) {
	g := loadDefault()
	t.Run("ids are slugs of names", func(t *testing.T) {
		for _, e := range g.entries {
			// A namesake region shares its state's name: "georgia-us".
			if slug(e.name) != e.id && !(strings.HasPrefix(e.id, slug(e.name)+"-") && slices.Contains(slices.Collect(maps.Values(g.namesakes)), e)) {
				t.Errorf("entry %q: id %q, want slug %q", e.name, e.id, slug(e.name))
			}
		}
	})
	t.Run("no persons: people come from the text", func(t *testing.T) {
		for _, e := range g.entries {
			if e.kind == timeline.Person {
				t.Errorf("person %s in the gazetteer", e.id)
			}
		}
	})
	t.Run("every government a capital or an organisation's name stands for is known", func(t *testing.T) {
		for _, e := range g.entries {
			if e.seat != "" && !g.byID[e.seat].organ && e.seat != "european-union" {
				t.Errorf("%s: seat %s is not a government", e.id, e.seat)
			}
		}
		for _, id := range []string{"united-states", "russia", "united-kingdom", "france"} {
			if g.government[id] == nil {
				t.Errorf("no government of %s", id)
			}
		}
	})
	t.Run("word lists are present", func(t *testing.T) {
		for name, set := range map[string]map[string]bool{
			"honorific": g.honorific, "title-head": g.titleHead, "title-mod": g.titleMod, "speech": g.speech,
			"loc-prep": g.locPrep, "motion": g.motion, "stop": g.stop, "given": g.given, "org-head": g.orgHead,
		} {
			if len(set) == 0 {
				t.Errorf("word list %s is empty", name)
			}
		}
		for _, class := range groupClasses {
			if len(g.lex["group-"+class]) == 0 {
				t.Errorf("no group noun of class %s", class)
			}
		}
	})
	t.Run("lower-case lists are lower case", func(t *testing.T) {
		for name, set := range map[string]map[string]bool{"title-head": g.titleHead, "title-mod": g.titleMod,
			"speech": g.speech, "loc-prep": g.locPrep, "motion": g.motion, "stop": g.stop, "org-head": g.orgHead} {
			for w := range set {
				if w != strings.ToLower(w) {
					t.Errorf("list %s: %q is not lower case", name, w)
				}
			}
		}
	})
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"too few columns", "country\trussia\n", "line 1"},
		{"unknown kind", "planet\tmars\tMars\n", "unknown kind"},
		{"not key=value", "country\trussia\tRussia\tadjRussian\n", "not key=value"},
		{"duplicate id", "country\tx\tX\ncountry\tx\tX\n", "duplicate id"},
		{"dangling reference", "place\tmoscow\tMoscow\tcountry=russia\n", "unknown id"},
		{"empty name", "country\trussia\t\n", "empty id or name"},
		{"a person", "person\tarlo-venn\tArlo Venn\n", "persons are found from the text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseGazetteer(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("parseGazetteer: err %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestParseGazetteerEntry(t *testing.T) {
	data := "country\truritania\tRuritania\tadj=Ruritanian\tpeople=Ruritanians\n" +
		"place\tstrelsau\tStrelsau\tcountry=ruritania\tseat=ruritanian-government\n" +
		"org\truritanian-government\tRuritanian government\tcountry=ruritania\torgan=yes\talias=Tarlenheim Palace\n"
	g, err := parseGazetteer(data)
	if err != nil {
		t.Fatal(err)
	}
	if p := g.byID["strelsau"]; p == nil || p.country != "ruritania" || p.seat != "ruritanian-government" {
		t.Fatalf("place entry: %+v", p)
	}
	if gov := g.government["ruritania"]; gov == nil || gov.id != "ruritanian-government" {
		t.Errorf("government index: %v", g.government)
	}
	for phrase, want := range map[string]form{"Ruritanian": formAdj, "Ruritanians": formPeople, "Ruritania": formName, "Tarlenheim": formName} {
		nd := g.root[phrase]
		if nd == nil || (nd.hit == nil && phrase != "Tarlenheim") || nd.hit != nil && nd.hit.form != want {
			t.Errorf("phrase %q: %+v, want form %d", phrase, nd, want)
		}
	}
	if nd := g.root["Tarlenheim"].next["Palace"]; nd == nil || nd.hit == nil || nd.hit.e.id != "ruritanian-government" {
		t.Errorf("alias not in the trie: %+v", nd)
	}
}

func FuzzParseGazetteer(f *testing.F) {
	f.Add(gazetteerTSV[:2000])
	f.Add("country\tx\tX\tadj=Y|Z\n")
	f.Add("lex\tstop\tthe\twords=the|a\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := parseGazetteer(data)
		if err == nil && g == nil {
			t.Fatal("nil gazetteer without error")
		}
	})
}

func TestNewsOutlet(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"cnn", true},
		{"reuters", true},
		{"nbc-news", true},
		{"us-presidency", false},
		{"donald-trump", false},
		{"no-such-actor", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := NewsOutlet(tt.id); got != tt.want {
				t.Errorf("NewsOutlet(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

func TestStateOf(t *testing.T) {
	tests := []struct{ id, want string }{
		{"russian-presidency", "russia"},
		{"us-government", "united-states"},
		{"british-government", "united-kingdom"},
		{"arlo-venn-administration", ""},
		{"cnn", ""},
		{"russia", ""},
		{"no-such-actor", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			if got := StateOf(tt.id); got != tt.want {
				t.Errorf("StateOf(%q) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}

// TestGivenGender reads a person's usual gender off the given name; a name
// given to either, or not listed, tells nothing.
func TestGivenGender(t *testing.T) {
	for name, want := range map[string]byte{"Anna Berg": 'f', "Carl Dahl": 'm', "Robin Hale": 0, "Zorro Vell": 0, "Luca": 'm', "": 0} {
		if got := GivenGender(name); got != want {
			t.Errorf("GivenGender(%q) = %q, want %q", name, got, want)
		}
	}
}
