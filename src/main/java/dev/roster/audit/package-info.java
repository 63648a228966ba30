/**
 * The audit log: an append-only record of who did what to whom, from where, and whether it
 * worked. Actions record their own events in their own transaction ({@code control.AuditTrail});
 * refusals are recorded apart, so that a rolled-back action still leaves its trace
 * ({@code boundary.Audited}). Administrators read it through {@code GET /audit} and the Audit Log
 * page; nothing can change or delete an event but the retention purge.
 */
package dev.roster.audit;
