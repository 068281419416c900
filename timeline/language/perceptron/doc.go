// Package perceptron is the linear classifier under Storyline's tagger,
// parser and entity recogniser: an averaged perceptron over hashed
// features, trained with integer updates and stored compactly.
//
// A Trainer learns from examples; Trainer.Model averages its weights,
// prunes the small ones and quantises the rest to 16 bits. A Model scores
// the classes of an example with integer sums and allocates nothing: its
// features live in an open-addressing table of 32-bit keys, each pointing
// at the few classes that feature has a weight for.
//
// Features are built by callers as hashes: Template(id).Str(word).Byte(b).
package perceptron
