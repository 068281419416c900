package extract

import "github.com/storyline/storyline/timeline/language"

// Where words stand in the tree, for the parse repairs.

// phraseFrom reports whether the words from..n-1 all lie under n: the
// phrase of n starts at from.
func phraseFrom(ws []language.Word, from, n int) bool {
	for j := from; j < n; j++ {
		if !under(ws, j, n) {
			return false
		}
	}
	return true
}

// under reports whether word j lies in the subtree of word k.
func under(ws []language.Word, j, k int) bool {
	for hops := 0; j >= 0 && hops < len(ws); hops++ {
		if j == k {
			return true
		}
		j = ws[j].Head - 1
	}
	return false
}

// hasRelation reports whether some word depends on word v by relation rel.
func hasRelation(ws []language.Word, v int, rel string) bool {
	for k := range ws {
		if ws[k].Head == v+1 && ws[k].Deprel == rel {
			return true
		}
	}
	return false
}
