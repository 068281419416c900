// Package resolve merges the event mentions of many documents into events:
// one real-world event told by several articles becomes one event that keeps
// every source, dated by the narrowest interval its mentions agree on.
//
// Input is one extract.Result per document; output is []timeline.Event and
// []timeline.Link. Two mentions are one event when
//
//   - their kinds agree: a call with a call, a meeting with talks or a
//     visit, a statement with any speech act of the same speaker;
//   - their statuses agree: what occurred with what was reported (the event
//     is then occurred), what is expected with what is planned, never what
//     is to come with what happened;
//   - their participants agree: the same actors in any role order, or two
//     shared actors, or one shared actor who leads one side while the other
//     side names nobody else; a statement is always its speaker's;
//   - their places agree when both name one; in an archive (most
//     documents undated), the named people of two events, or those their
//     documents are about, count against a merge when they differ;
//   - their dates overlap (statements: on one day). Two vague dates (a
//     week, a month) from different documents a few days apart may still
//     be one event when everything else is the same; the event then keeps
//     each source's date in Event.Dates. An undated mention joins only an
//     event with the same participants that its own document tells, or,
//     given publication dates (Options), one dated in the days its
//     publication allows (the week before for what happened, two days for
//     a statement, the two weeks after for what is to come), or an undated
//     one told by documents published within a day of it.
//
// Mentions are visited from the most precisely dated to the vaguest, so the
// narrowest telling seeds an event; candidates are found through blocks of
// (kind family, actor or actor pair, week), never by comparing all pairs, so
// merging n mentions costs O(n log n). A mention that fits two events
// equally well joins neither.
//
// Event ids are "e-" and ten hex digits of a hash of the event's kind,
// actors, start date and first telling: the same input gives the same ids
// in any order.
package resolve
