/**
 * Kernel: the few types every component shares, and nothing else. Who calls
 * ({@link dev.roster.kernel.Caller}, read through {@link dev.roster.kernel.CurrentUser}; the
 * authentication module in {@code sessions} sets it) and who acts ({@link dev.roster.kernel.Actor},
 * for the rules about one's own account and the audit log), the roles, ids, and the lengths of
 * the fields people type.
 *
 * <p>The components form a one-way stack: {@code wire} &lt;- {@code problems} &lt;- {@code web}
 * &lt;- {@code kernel} &lt;- {@code persistence}, {@code audit} &lt;- {@code users} &lt;-
 * {@code apikeys} &lt;- {@code sessions} &lt;- {@code registration} &lt;- {@code setup} &lt;- {@code pages}
 * &lt;- {@code cli}.
 * Where a change must reach a component above (a deactivated account's sessions end), it travels
 * as a CDI event ({@code users.control.AccountEvent}, {@code sessions.control.Purge.Due}) that the
 * component above observes.
 */
package dev.roster.kernel;
