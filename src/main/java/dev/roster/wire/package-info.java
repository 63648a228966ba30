/**
 * Wire: the API's one JSON format. Request bodies bind to records and answers are written from
 * records through JSON-B ({@link dev.roster.wire.Wire}), strictly typed, with {@code snake_case}
 * names and one timestamp format; partial updates tell an absent field from a null one
 * ({@link dev.roster.wire.Patch}); lists answer one page with its total. Depends on nothing of Roster's.
 */
package dev.roster.wire;
