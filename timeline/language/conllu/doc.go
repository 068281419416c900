// Package conllu reads and writes CoNLL-U, the Universal Dependencies
// format: one word a line in ten tab-separated columns, comment lines
// starting with "#", a blank line after each sentence.
//
// Multiword tokens (ID ranges such as "3-4") are kept beside the words they
// span; empty nodes (IDs such as "8.1") belong only to enhanced dependencies
// and are skipped.
package conllu
