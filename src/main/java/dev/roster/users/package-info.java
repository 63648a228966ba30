/**
 * Users: accounts, their rules (email, display name, password policy, Argon2id hashing) and
 * the services over them. {@code UserService} serves the API and the pages: callers need the
 * {@code user} role for their own profile and {@code admin} for anyone else's. The rules of
 * changing users are decided once, in {@code control.UserAdministration}, which the admin
 * command line ({@code dev.roster.cli}) runs as well. An account is active, inactive or pending
 * ({@code entity.UserStatus}): a pending one, made by {@code dev.roster.registration}, waits for an
 * administrator to approve or reject it. Groups ({@code control.Groups}) live here too, since
 * every representation of a user carries their names: memberships are rows of their own, read
 * with the user in the same query, and reach the tokens' {@code groups} claim through
 * {@code sessions}. Bulk actions ({@code UserAdministration#bulk}), the CSV import
 * ({@code control.ImportFile}, {@code control.UserImports}) and export ({@code boundary.UserCsv})
 * apply the same rules per user. A deactivation or a new password
 * reaches sessions as an {@code control.AccountEvent}. The User Management and My Profile pages
 * ({@code dev.roster.pages}) are thin beans over the same services.
 */
package dev.roster.users;
