// Package actor finds the people, organisations, countries and places named
// in a document (Find: Document → []Mention) and resolves them across
// documents into actors with every alias (Resolve: mentions → []timeline.Actor).
package actor
