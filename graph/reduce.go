package graph

// edgeKey names the directed edge from→to.
type edgeKey struct{ from, to string }

// redundantEdges returns the edges of the DAG succ that the transitive
// reduction removes: those (u, v) for which v is also reachable from u
// along a path of two or more edges. In a DAG every such edge can go at
// once without changing reachability. It takes O(V·E): one search per
// vertex over the successors of its successors.
func redundantEdges(succ map[string][]string) map[edgeKey]bool {
	redundant := make(map[edgeKey]bool)
	for u, children := range succ {
		if len(children) < 2 {
			// A single child can be reached in two steps only through a
			// cycle, which a DAG does not have.
			continue
		}
		far := reachableBeyond(succ, children)
		for _, v := range children {
			if far[v] {
				redundant[edgeKey{u, v}] = true
			}
		}
	}
	return redundant
}

// reachableBeyond returns the vertices reachable from the given vertices
// by one or more edges (the vertices themselves only when so reachable).
func reachableBeyond(succ map[string][]string, from []string) map[string]bool {
	seen := make(map[string]bool)
	var stack []string
	for _, f := range from {
		stack = append(stack, succ[f]...)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		stack = append(stack, succ[n]...)
	}
	return seen
}

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
