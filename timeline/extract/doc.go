// Package extract finds the events told in one document: from its sentences,
// temporal expressions and actor mentions to event mentions (who did what to
// whom, where, when, with what status) and the links between them.
package extract
