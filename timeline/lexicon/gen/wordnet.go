package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// lexnames are WordNet's lexicographer files, indexed by the lex_filenum
// field of a data line. Debian ships no lexnames file, only its manual
// page (lexnames(5WN)), and the numbering is fixed by the database format,
// so the table is written out here.
var lexnames = [...]string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
	"noun.communication", "noun.event", "noun.feeling", "noun.food",
	"noun.group", "noun.location", "noun.motive", "noun.object",
	"noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
	"noun.process", "noun.quantity", "noun.relation", "noun.shape",
	"noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
	"verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
	"verb.motion", "verb.perception", "verb.possession", "verb.social",
	"verb.stative", "verb.weather", "adj.ppl",
}

// ref names a synset: its part of speech ('n' or 'v') and byte offset in
// the data file.
type ref struct {
	pos byte
	off int
}

// member is one word of a synset, as written in the data file.
type member struct {
	lemma  string // lower case, spaces for underscores
	lexID  int
	proper bool // written with a capital: a name ("Paris", "genus Borassus")
}

// link is a lexical pointer from one member of a synset to one member of
// another (derivationally related forms are word-to-word in WordNet).
type link struct {
	from   int // index in the source synset's members
	target ref
	to     int // index in the target synset's members
}

type synset struct {
	ref     ref
	lexFile int
	members []member
	hyper   []ref  // hypernyms and instance hypernyms
	deriv   []link // derivationally related forms (+)
	gloss   string
}

// wordnet is the part of the database the generator reads: noun and verb
// synsets, the index (senses of a lemma in WordNet's frequency order) and
// the semantic-concordance tag counts of each sense.
type wordnet struct {
	synsets map[ref]*synset
	index   map[byte]map[string][]ref
	lemmas  map[byte][]string // index lemmas in file order (sorted)
	tags    map[senseKey]int
}

// senseKey is one lemma in one synset.
type senseKey struct {
	lemma string
	ref   ref
}

func readWordNet(dir string) (*wordnet, error) {
	wn := &wordnet{
		synsets: map[ref]*synset{},
		index:   map[byte]map[string][]ref{},
		lemmas:  map[byte][]string{},
		tags:    map[senseKey]int{},
	}
	for _, p := range []struct {
		pos  byte
		name string
	}{{'n', "noun"}, {'v', "verb"}} {
		if err := eachLine(filepath.Join(dir, "data."+p.name), wn.addSynset); err != nil {
			return nil, err
		}
		wn.index[p.pos] = map[string][]ref{}
		if err := eachLine(filepath.Join(dir, "index."+p.name), wn.addIndex); err != nil {
			return nil, err
		}
	}
	if err := eachLine(filepath.Join(dir, "cntlist.rev"), wn.addCount); err != nil {
		return nil, err
	}
	return wn, nil
}

// eachLine calls fn on every line of the file that is not part of the
// licence header (those lines start with two spaces).
func eachLine(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// addSynset parses a data line (wndb(5WN)):
// offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... [frames] | gloss
func (wn *wordnet) addSynset(f []string) error {
	off, err := strconv.Atoi(f[0])
	if err != nil {
		return err
	}
	lex, _ := strconv.Atoi(f[1])
	s := &synset{ref: ref{f[2][0], off}, lexFile: lex}
	wcnt, _ := strconv.ParseInt(f[3], 16, 32)
	i := 4
	for range wcnt {
		id, _ := strconv.ParseInt(f[i+1], 16, 32)
		proper := strings.ToLower(f[i]) != f[i]
		s.members = append(s.members, member{lemma: normalize(f[i]), lexID: int(id), proper: proper})
		i += 2
	}
	pcnt, _ := strconv.Atoi(f[i])
	i++
	for range pcnt {
		sym, toff, tpos, st := f[i], f[i+1], f[i+2][0], f[i+3]
		i += 4
		o, _ := strconv.Atoi(toff)
		if tpos != 'n' && tpos != 'v' {
			continue
		}
		switch sym {
		case "@", "@i":
			s.hyper = append(s.hyper, ref{tpos, o})
		case "+":
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			s.deriv = append(s.deriv, link{int(src) - 1, ref{tpos, o}, int(dst) - 1})
		}
	}
	for ; i < len(f); i++ {
		if f[i] == "|" {
			s.gloss = strings.Join(f[i+1:], " ")
			break
		}
	}
	wn.synsets[s.ref] = s
	return nil
}

// addIndex parses an index line:
// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...
func (wn *wordnet) addIndex(f []string) error {
	pos := f[1][0]
	n, _ := strconv.Atoi(f[2])
	p, _ := strconv.Atoi(f[3])
	offs := f[4+p+2:]
	if len(offs) != n {
		return fmt.Errorf("index %q: %d offsets, want %d", f[0], len(offs), n)
	}
	lemma := normalize(f[0])
	for _, o := range offs {
		v, err := strconv.Atoi(o)
		if err != nil {
			return err
		}
		wn.index[pos][lemma] = append(wn.index[pos][lemma], ref{pos, v})
	}
	wn.lemmas[pos] = append(wn.lemmas[pos], lemma)
	return nil
}

// addCount parses a cntlist.rev line: sense_key sense_number tag_cnt, where
// sense_key is lemma%ss_type:lex_filenum:lex_id:head_word:head_id.
func (wn *wordnet) addCount(f []string) error {
	lemma, rest, ok := strings.Cut(f[0], "%")
	if !ok {
		return fmt.Errorf("bad sense key %q", f[0])
	}
	parts := strings.Split(rest, ":")
	var pos byte
	switch parts[0] {
	case "1":
		pos = 'n'
	case "2":
		pos = 'v'
	default:
		return nil
	}
	lex, _ := strconv.Atoi(parts[1])
	id, _ := strconv.Atoi(parts[2])
	cnt, _ := strconv.Atoi(f[2])
	lemma = normalize(lemma)
	for _, r := range wn.index[pos][lemma] {
		s := wn.synsets[r]
		if s.lexFile != lex {
			continue
		}
		for _, m := range s.members {
			if m.lemma == lemma && m.lexID == id {
				wn.tags[senseKey{lemma, r}] += cnt
			}
		}
	}
	return nil
}

// normalize lower-cases a WordNet word and writes multi-word expressions
// with spaces, as a parser's lemmas are written ("step down").
func normalize(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "_", " ")
}

// name is a synset's conventional name, lemma.pos.NN, as NLTK prints it:
// the first member and that member's sense number.
func (wn *wordnet) name(r ref) string {
	s := wn.synsets[r]
	l := s.members[0].lemma
	for i, x := range wn.index[r.pos][l] {
		if x == r {
			return fmt.Sprintf("%s.%c.%02d", strings.ReplaceAll(l, " ", "_"), r.pos, i+1)
		}
	}
	return fmt.Sprintf("%s.%c.?", l, r.pos)
}

// lookup resolves a synset name such as "attack.v.01".
func (wn *wordnet) lookup(name string) (ref, error) {
	i := strings.LastIndexByte(name, '.')
	j := strings.LastIndexByte(name[:i], '.')
	if i < 0 || j < 0 {
		return ref{}, fmt.Errorf("bad synset name %q", name)
	}
	n, err := strconv.Atoi(name[i+1:])
	senses := wn.index[name[j+1]][normalize(name[:j])]
	if err != nil || n < 1 || n > len(senses) {
		return ref{}, fmt.Errorf("no synset %q", name)
	}
	return senses[n-1], nil
}

// className is the short lexicographer class of a synset: "contact" for
// verb.contact.
func (wn *wordnet) className(r ref) string {
	_, c, _ := strings.Cut(lexnames[wn.synsets[r].lexFile], ".")
	return c
}

// tagged reports whether any sense of the word is tagged in the
// concordance, that is, whether WordNet's sense order for it rests on
// counts.
func (wn *wordnet) tagged(lemma string, pos byte) bool {
	for _, r := range wn.index[pos][lemma] {
		if wn.tags[senseKey{lemma, r}] > 0 {
			return true
		}
	}
	return false
}
