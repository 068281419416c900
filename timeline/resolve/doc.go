// Package resolve merges the event mentions of many documents into events:
// one real-world event told by several articles becomes one event that keeps
// every source, dated by the narrowest interval its mentions agree on.
package resolve
