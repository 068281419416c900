package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// genderOf returns what the document tells of the gender of mention ref's
// person (see noteSpeakerGenders), else the given name's usual one: 'm',
// 'f' or 0.
func (x *extractor) genderOf(ref int) byte {
	g, told := x.genders[x.id(ref)]
	switch {
	case g == '?':
		return 0
	case !told && x.actors[ref].Kind == timeline.Person:
		// Failing what the story says, what the given name usually is:
		// "Clara Weiss", "Jonas Ek accepted her resignation".
		return actor.GivenGender(x.name(ref))
	}
	return g
}

// noteGender records that the document calls person id g; told both ways,
// it says nothing.
func (x *extractor) noteGender(id string, g byte) {
	if x.genders == nil {
		x.genders = map[string]byte{}
	}
	if old, ok := x.genders[id]; ok && old != g {
		g = '?'
	}
	x.genders[id] = g
}

// noteHonorifics reads genders off honorifics: "Ms Lund", "Mr Dahl", and
// returns them by actor id ('?' when the titles disagree).
func (x *extractor) noteHonorifics() map[string]byte {
	titled := map[string]byte{}
	for k := range x.actors {
		m := &x.actors[k]
		if m.Kind != timeline.Person {
			continue
		}
		var g byte
		switch first, _, _ := strings.Cut(m.Text, " "); strings.TrimSuffix(first, ".") {
		case "Mr", "Sir", "Lord", "Monsieur":
			g = 'm'
		case "Ms", "Mrs", "Miss", "Dame", "Lady", "Mme", "Madame":
			g = 'f'
		default:
			continue
		}
		x.noteGender(x.id(k), g)
		if old, ok := titled[x.id(k)]; ok && old != g {
			g = '?'
		}
		titled[x.id(k)] = g
	}
	return titled
}

// noteSpeakerGenders reads genders off what people say of themselves: a
// named person who said that "she" or "he" did something is, in news
// writing, nearly always the one the pronoun means ("Vasko said she
// would name a successor", "Dahl denied that he had lied"). Honorifics
// are read first, and a person told both ways gets no gender.
func (x *extractor) noteSpeakerGenders(sents []language.Sentence) {
	titled := x.noteHonorifics()
	// A title says it outright; what the pronouns around a name suggest
	// does not unsay it: "“I congratulated Mrs Kovalenko by phone.” He
	// said …" makes no man of her.
	defer func() {
		for id, g := range titled {
			if g != '?' {
				x.genders[id] = g
			}
		}
	}()
	for si := range sents {
		p := parsed{x: x, s: &sents[si]}
		for k := range p.s.Words {
			g := pronounGender(p.word(k).Form)
			if g == 0 || p.rel(k) != "nsubj" {
				continue
			}
			if k == 0 && si > 0 {
				// "Clara Weiss resigned on Tuesday. She said …": a
				// sentence that opens on "she" goes on about the one
				// person of the sentence before.
				if ref, n := x.onlyPerson(sents[si-1].Span.Start, sents[si-1].Span.End); n == 1 && ref >= 0 {
					x.noteGender(x.id(ref), g)
				}
			}
			c := p.head(k)
			if c < 0 || p.rel(c) != "ccomp" {
				continue
			}
			v := p.head(c)
			if v < 0 || wn.Kind(strings.ToLower(p.word(v).Lemma), false) != KindStatement {
				continue
			}
			if s := p.subjectOf(v); s >= 0 {
				if strings.EqualFold(p.word(s).Form, "who") && p.word(v).Deprel == "acl:relcl" {
					s = p.head(v) // "Tomas Brandt, who said he paid Pike": Brandt said it
				}
				if ref := p.namedAt(s); ref >= 0 && x.actors[ref].Kind == timeline.Person {
					x.noteGender(x.id(ref), g)
				}
			}
		}
	}
}

// subjectOf returns the subject of verb v, or of the verb it is
// coordinated with ("Vasko accepted … and said"), or -1.
func (p parsed) subjectOf(v int) int {
	for hops := 0; v >= 0 && hops < 3; hops++ {
		for k := range p.s.Words {
			if p.head(k) == v && p.rel(k) == "nsubj" {
				return k
			}
		}
		if p.rel(v) != "conj" {
			return -1
		}
		v = p.head(v)
	}
	return -1
}
