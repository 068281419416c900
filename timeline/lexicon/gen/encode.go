package main

import (
	"bufio"
	"compress/gzip"
	"io"
	"strconv"
	"strings"
)

// header opens the generated file. WordNet's licence asks that its
// copyright notice and statements appear on all copies, modifications
// included, so the data file carries them itself.
const header = `# Storyline lexicon: derived from WordNet 3.0 by go run ./timeline/lexicon/gen. Do not edit.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS.
#
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database.  Title to copyright in this
# software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
#
# One line per lemma, tab-separated: lemma, verb class, verb kinds, noun class, noun kinds,
# event noun (e), derived verbs, derived nouns, senses, near senses. Lists are
# comma-separated; senses are base-36 synset numbers local to this file.
`

// synsetIDs numbers the synsets that can make two words related: those
// that two or more entries mention. A synset only one word mentions never
// matches another word's, so leaving it out changes no answer and keeps the
// file small. Numbers follow first mention in lemma order, so they are
// stable from run to run.
func synsetIDs(entries []*entry) map[ref]int {
	users := map[ref]int{}
	for _, e := range entries {
		seen := map[ref]bool{}
		for _, r := range append(append([]ref(nil), e.senses...), e.near...) {
			if !seen[r] {
				seen[r] = true
				users[r]++
			}
		}
	}
	ids := map[ref]int{}
	for _, e := range entries {
		for _, r := range append(append([]ref(nil), e.senses...), e.near...) {
			if _, ok := ids[r]; !ok && users[r] > 1 {
				ids[r] = len(ids)
			}
		}
	}
	return ids
}

// encode writes the entries as gzip-compressed TSV. The gzip header has no
// name and no time, so the same entries give the same bytes.
func encode(w io.Writer, entries []*entry) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(header)
	ids := synsetIDs(entries)
	for _, e := range entries {
		senses := idList(ids, e.senses, nil)
		near := idList(ids, e.near, senses)
		ev := ""
		if e.event {
			ev = "e"
		}
		bw.WriteString(strings.Join([]string{
			e.lemma, e.vclass, strings.Join(e.vkinds, ","), e.nclass, strings.Join(e.nkinds, ","), ev,
			strings.Join(e.verbs, ","), strings.Join(e.nouns, ","), join36(senses), join36(near),
		}, "\t"))
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// idList maps refs to their numbers, dropping unnumbered ones, repeats and
// those already in skip.
func idList(ids map[ref]int, refs []ref, skip []int) []int {
	var out []int
	for _, r := range refs {
		id, ok := ids[r]
		if ok && !contains(out, id) && !contains(skip, id) {
			out = append(out, id)
		}
	}
	return out
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func join36(ids []int) string {
	var b strings.Builder
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(int64(id), 36))
	}
	return b.String()
}
