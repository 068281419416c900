// Package cputime reads the CPU time the process has used, so that
// benchmarks report the work done rather than wall time, which on a
// shared machine counts other processes' turns too.
package cputime
