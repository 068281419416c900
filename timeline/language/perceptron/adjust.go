package perceptron

// Adjust adds delta to the weight of feature f for class, without
// counting a step: the structured perceptron's updates of transition
// weights, where the gold and guessed paths differ in different features.
func (t *Trainer) Adjust(f Feature, class int, delta int32) {
	k := f.key()
	t.rows[k] = t.add(t.rows[k], class, delta)
}
