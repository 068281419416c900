//go:build race

package language

// raceEnabled says the race detector is on, which allocates on its own.
const raceEnabled = true
