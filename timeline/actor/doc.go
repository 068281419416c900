// Package actor finds the people, organisations, countries and places named
// in a document (Find: Document → []Mention) and resolves them across
// documents into actors with every alias (Resolve: mentions → []timeline.Actor).
//
// Find reads only a document's kept sentences. It tokenises each sentence
// once and looks capitalised words up in a phrase trie built from the
// embedded gazetteer (gazetteer.tsv: states with their demonyms, capitals
// and cities, institutions, officials of 2024–2026, and the word lists the
// rules use). Names the gazetteer lacks become persons only with person
// context: an honorific or title before them ("Mr Kellogg", "Deputy
// Foreign Minister Alexander Grushko"), an apposition on either side
// ("Thomas Graham, a former White House adviser", "Myroslava Lesko, 23",
// "the EU’s foreign policy chief, Kaja Kallas"), a verb of saying, or a
// known given name; in headings and captions only a title or honorific
// will do, and bylines and photo credits never count. Within a document a
// surname or "Mr X" takes the fullest name written for that person, and a
// full name the document writes wins over the gazetteer's namesake.
//
// Choices that consumers rely on:
//   - Metonymy gives distinct actors: "Kremlin" is the Russian presidency
//     (russian-presidency), "White House" (and the spun "White Home") the US
//     presidency (us-presidency), and a capital used in politics ("Moscow
//     demands", "Kyiv’s neutrality", "unacceptable to Washington") its
//     government (russian-government, ukrainian-government, us-government),
//     an organisation whose Country is the state. A capital after a
//     preposition of place ("in Moscow", "travelled to Kyiv") stays a Place.
//   - A demonym or state before a group noun is a Group of that state:
//     "Russian officials", "Russian negotiators" → russian-officials;
//     "Ukrainian forces", "Ukrainian troops" → ukrainian-forces; "European
//     leaders" → european-leaders. Country holds the state's id, so a group
//     can stand as an agent linked to its state. A demonym on its own
//     ("Russian control") is no actor; plural people nouns ("Ukrainians")
//     are a group.
//   - "the Russian leader", "the French president" name the one person the
//     gazetteer gives that office in that state.
//   - Mentions that only qualify a neighbour (possessives, the state before
//     a title, words inside a role phrase) carry Modifier, so that event
//     extraction can leave them out of the participants.
//   - Roles come from titles and appositions; a state owning the role is
//     written as its adjective ("Russian Deputy Foreign Minister"). A role
//     phrase right after a name and its comma is that name's ("Alexander
//     Lukashenko, the president of Belarus, Putin said" gives Putin none),
//     and a role of another state than the gazetteer's for a known person
//     is dropped.
//   - NewsOutlet and StateOf read the gazetteer for event extraction: an
//     outlet reports events and takes no part; a government, presidency
//     or administration acts for its state.
//   - Aliases are every surface form and in-document name seen, and a
//     person's surname alone, without the actor's own Name and without
//     descriptions such as "the Russian leader".
//   - Actor ids are slugs of the canonical name: the gazetteer's name when
//     the actor is in it, else the fullest name written.
package actor
