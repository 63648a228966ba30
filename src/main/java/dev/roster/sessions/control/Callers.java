package dev.roster.sessions.control;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.kernel.Caller;
import dev.roster.kernel.Ids;
import dev.roster.kernel.TokenClaims;
import dev.roster.persistence.RosterDataSource;
import dev.roster.users.control.GroupNames;
import dev.roster.users.control.Groups;
import dev.roster.users.entity.RequiredAction;
import dev.roster.users.entity.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.sql.DataSource;

/**
 * The one answer to "whom does this presented token stand for, now": a login token that
 * Roster signed, that has not expired and whose session is live, or a usable API key; either
 * way its user must be active. The role and groups come from the database, not from the token.
 * Changes nothing in the database.
 *
 * <p>A login token is checked on every authenticated request, so its session, its user and the
 * user's groups' names are read in one statement through plain JDBC, outside any transaction (committed data as of
 * now): through JPA the same read cost the server about a fifth of an authenticated request.
 * The rule itself, what makes a session live, stays with {@link Sessions#isLive}.
 */
@ApplicationScoped
public class Callers {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** Columns are read by position, in this order. */
    private static final String SESSION_WITH_USER = "select s.user_id, s.expires_at, s.revoked_at, s.last_seen_at,"
            + " u.email, u.display_name, u.is_admin, u.is_active, u.theme, u.created_at, u.updated_at, u.last_login_at,"
            + " u.totp_secret is not null, u.required_actions,"
            + " (select group_concat(g.name order by g.name separator ',') from group_members m join user_groups g on g.id = m.group_id"
            + "   where m.user_id = u.id)"
            + " from sessions s join users u on u.id = s.user_id where s.id = ?";

    @Inject
    Tokens tokens;

    @Inject
    Sessions sessions;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Groups groups;

    @Inject
    RequiredActions requiredActions;

    @Resource(lookup = RosterDataSource.JNDI_NAME)
    DataSource database;

    /** A caller, and whether their activity is due to be stored (at most once per {@link Sessions#SEEN_RESOLUTION}). */
    public record Resolved(Caller caller, boolean activityDue) {
    }

    /** The caller the token stands for at {@code now}, if any. */
    public Optional<Resolved> resolve(String token, Instant now) {
        if (ApiKeys.looksLikeKey(token)) {
            return apiKeys.findUsableWithUser(token, now)
                    .filter(key -> key.getUser().isActive())
                    .map(key -> new Resolved(caller(key.getUser(), groups.namesOf(key.getUser().getId()), key.getId(), token),
                            key.useIsDue(now, Sessions.SEEN_RESOLUTION)));
        }
        Optional<TokenClaims> claims = tokens.verify(token);
        if (claims.isEmpty() || !Ids.isId(claims.get().sessionId())) {
            return Optional.empty();
        }
        try {
            return sessionCaller(claims.get(), token, now);
        } catch (SQLException e) {
            throw new IllegalStateException("The session could not be read", e);
        }
    }

    private Optional<Resolved> sessionCaller(TokenClaims claims, String token, Instant now) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(SESSION_WITH_USER)) {
            statement.setString(1, claims.sessionId());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Calendar utc = Calendar.getInstance(UTC);
                Instant lastSeen = instant(row, 4, utc);
                boolean live = sessions.isLive(instant(row, 3, utc), instant(row, 2, utc), lastSeen, now);
                String userId = row.getString(1);
                if (!live || !row.getBoolean(8) || !userId.equals(claims.subject())) {
                    return Optional.empty();
                }
                Caller caller = new Caller(userId, row.getString(5), row.getString(6), row.getBoolean(7), GroupNames.split(row.getString(15)),
                        row.getString(9), claims.sessionId(), null, claims, token, instant(row, 10, utc), instant(row, 11, utc), instant(row, 12, utc),
                        row.getBoolean(13), requiredActions.of(row.getBoolean(7), row.getBoolean(13), row.getString(14)));
                return Optional.of(new Resolved(caller, sessions.seenIsDue(lastSeen, now)));
            }
        }
    }

    /**
     * The schema keeps UTC in {@code DATETIME} columns (as {@code hibernate.jdbc.time_zone} says for JPA). Read as a
     * {@code Timestamp}: the pool's wrapper answers {@code getObject(column, type)} by reflection, with an exception per call.
     */
    private static Instant instant(ResultSet row, int column, Calendar utc) throws SQLException {
        Timestamp value = row.getTimestamp(column, utc);
        return value == null ? null : value.toInstant();
    }

    private Caller caller(User user, List<String> groupNames, String apiKeyId, String token) {
        return new Caller(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), groupNames, user.getTheme(), null, apiKeyId,
                null, token, user.getCreatedAt(), user.getUpdatedAt(), user.getLastLoginAt(), user.isMfaEnabled(),
                requiredActions.of(user.isAdmin(), user.isMfaEnabled(), RequiredAction.format(user.getRequiredActions())));
    }
}
