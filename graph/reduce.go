package graph

// edgeKey names the directed edge from→to.
type edgeKey struct{ from, to string }

// redundantEdges returns the edges of the DAG succ that the transitive
// reduction removes: those (u, v) for which v is also reachable from u
// along a path of two or more edges. In a DAG every such edge can go at
// once without changing reachability.
//
// It walks the vertices in reverse topological order, keeping for each
// the set of vertices reachable from it as a bitset: O(V·E/64) word
// operations and V²/8 bytes. Should succ have a cycle, the edges on it
// are left alone.
func redundantEdges(succ map[string][]string) map[edgeKey]bool {
	order := topoOrder(succ)
	index := make(map[string]int, len(order))
	for i, v := range order {
		index[v] = i
	}
	words := (len(order) + 63) / 64
	reach := make([][]uint64, len(order)) // vertices reachable in one or more steps
	redundant := make(map[edgeKey]bool)
	for i := len(order) - 1; i >= 0; i-- {
		u := order[i]
		reach[i] = make([]uint64, words)
		for _, c := range succ[u] {
			if j, ok := index[c]; ok && j > i {
				orInto(reach[i], reach[j])
			}
		}
		for _, c := range succ[u] {
			if j, ok := index[c]; ok && has(reach[i], j) {
				redundant[edgeKey{u, c}] = true
			}
		}
		for _, c := range succ[u] {
			if j, ok := index[c]; ok {
				reach[i][j/64] |= 1 << (j % 64)
			}
		}
	}
	return redundant
}

// topoOrder returns the vertices of succ in a topological order; vertices
// on or behind a cycle are left out.
func topoOrder(succ map[string][]string) []string {
	indegree := make(map[string]int)
	for u, children := range succ {
		if _, ok := indegree[u]; !ok {
			indegree[u] = 0
		}
		for _, c := range children {
			indegree[c]++
		}
	}
	var ready, order []string
	for v, d := range indegree {
		if d == 0 {
			ready = append(ready, v)
		}
	}
	for len(ready) > 0 {
		v := ready[len(ready)-1]
		ready = ready[:len(ready)-1]
		order = append(order, v)
		for _, c := range succ[v] {
			if indegree[c]--; indegree[c] == 0 {
				ready = append(ready, c)
			}
		}
	}
	return order
}

func orInto(dst, src []uint64) {
	for i, w := range src {
		dst[i] |= w
	}
}

func has(set []uint64, i int) bool { return set[i/64]&(1<<(i%64)) != 0 }

// reaches reports whether to is reachable from from along succ (a vertex
// reaches itself).
func reaches(succ map[string][]string, from, to string) bool {
	if from == to {
		return true
	}
	seen := map[string]bool{from: true}
	stack := []string{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range succ[n] {
			if m == to {
				return true
			}
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	return false
}
