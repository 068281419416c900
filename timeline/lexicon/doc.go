// Package lexicon answers what WordNet says about a predicate's lemma: its
// coarse class, whether a noun names an event, which verbs and nouns derive
// from each other, whether two words may name the same event, and which of
// Storyline's event kinds a word names. The extractor reads it to classify
// any trigger, not only words on a list; event merging reads Related.
//
// Lookups are pure functions of the lemma (lower case; capitals and
// underscores are tolerated), allocate nothing and are safe for concurrent
// use. The data is embedded (lexicon.tsv.gz, about 1 MB) and parsed once,
// on first use; neither CI nor users need WordNet installed.
//
// # Where the data comes from
//
// The command gen (go run ./timeline/lexicon/gen) reads WordNet 3.0 as
// Debian's wordnet-base package installs it and writes lexicon.tsv.gz:
//
//   - VerbClass and NounClass are the lexicographer file (lexnames(5WN)) of
//     the word's first sense in index.verb and index.noun, which WordNet
//     orders by tagged frequency.
//   - Verbs and Nouns follow WordNet's derivationally-related-form
//     pointers from the word itself (not from its synonyms), most frequent
//     sense first. A plural-only noun without links ("talks") gets the verb
//     of its singular.
//   - Kind: a short list of anchor synsets names each kind (attack.v.01,
//     assail.v.01 and attack.n.01 are attack; meet.v.02 and meeting.n.01
//     are meeting; leave_office.v.01 is resignation; …, see gen/kinds.go). A
//     sense takes the kind of the nearest anchor up its hypernym chain, or
//     of an anchor (or its direct hyponym) one derivational link away, for
//     verbs and for nouns of acts, events, processes, phenomena, states,
//     possessions and communication ("resignation" the act is linked to
//     the verb "resign"; "slayer" the person is not a killing). A word takes
//     the kind of the first of its first four senses that has one, so
//     "assassinate" (murder > kill) is a death, "convene" (meet.v.07) a
//     meeting, "rebuff" (reject > refuse) a rejection, "tremor" (its second
//     sense is a small earthquake) a disaster, "indict" legal and "depose"
//     (oust) a dismissal, none of them listed anywhere. For a noun whose
//     senses are untagged, the kind of the verb it is made from comes first
//     when it has it ("ouster" is a dismissal before a dispossession at
//     law). A verb without any kind gets "statement" if its first sense is
//     a verb of communication and "movement" if one of motion; everything
//     else is Other.
//   - IsEventNoun: a noun sense is eventive if a hypernym path reaches
//     event.n.01 or a natural, economic, geological or atmospheric process
//     (not through the occupations or the sports), or it has a kind other
//     than statement or movement, or it is a message the word derives from
//     a verb in ("statement", "request"). A word is an event noun if its
//     first sense is eventive; else, when its senses are tagged in
//     cntlist.rev, if eventive senses carry half the tags; else if one of
//     its first three senses is eventive and the first is not a person,
//     thing, place or group (unless the word is made from a verb: "ouster").
//     See gen/events.go.
//   - Related: the first four senses of each part of speech, their
//     hypernyms up to two steps and their derivationally linked synsets,
//     numbered; synsets only one word mentions are dropped since they can
//     relate nothing. Only verbs and event nouns carry senses, which halves
//     the file.
//
// Unlisted gerunds ("hiring", "sacking"), which WordNet has only where they
// took a meaning of their own, are read as their verb by IsEventNoun,
// Verbs, Kind, Kinds and Related. Closed-up spellings of hyphenated nouns
// ("ceasefire" for "cease-fire") are listed. Genus and species names are
// left out.
//
// # Credit
//
// The data is derived from WordNet 3.0, Princeton University
// (https://wordnet.princeton.edu). Its licence grants use, copying,
// modification and distribution for any purpose without fee, provided that
// the following notice and statements, including the disclaimer, appear on
// all copies, including modifications; lexicon.tsv.gz carries them in its
// header, and the README must credit WordNet with the notice:
//
//	WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
//
//	THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
//	MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF
//	EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO
//	REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
//	PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE
//	OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
//	TRADEMARKS OR OTHER RIGHTS.
//
// The name of Princeton University or Princeton may not be used in
// advertising or publicity pertaining to distribution, and title to the
// copyright remains with Princeton University. The full text is in the
// header of lexicon.tsv.gz and in /usr/share/doc/wordnet-base/copyright.
package lexicon
