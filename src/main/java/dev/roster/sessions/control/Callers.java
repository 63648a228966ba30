package dev.roster.sessions.control;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.platform.Ids;
import dev.roster.platform.RosterDataSource;
import dev.roster.users.entity.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one answer to "whom does this presented token stand for, now": a login token that
 * Roster signed, that has not expired and whose session is live, or a usable API key; either
 * way its user must be active. The role comes from the user's row, not from the token.
 * Changes nothing in the database.
 *
 * <p>A login token is checked on every authenticated request, so its session and user are
 * read in one statement through plain JDBC, outside any transaction (committed data as of
 * now): through JPA the same read cost the server about a fifth of an authenticated request.
 * The rule itself, what makes a session live, stays with {@link Sessions#isLive}.
 */
@ApplicationScoped
public class Callers {

    /**
     * Columns are read by position, in this order. The schema keeps UTC in {@code DATETIME} columns (as
     * {@code hibernate.jdbc.time_zone} says for JPA); each comes as microseconds since the epoch, which no time zone
     * can shift. Read as a {@code Timestamp} in a UTC {@code Calendar}, the six cost the server 1 % of an authenticated
     * read, and {@code getObject(column, type)} is worse: the pool's wrapper answers it with an exception per call.
     */
    private static final String SESSION_WITH_USER = "select s.user_id, " + micros("s.expires_at") + ", " + micros("s.revoked_at")
            + ", " + micros("s.last_seen_at") + ", u.email, u.display_name, u.is_admin, u.is_active, u.theme, "
            + micros("u.created_at") + ", " + micros("u.updated_at") + ", " + micros("u.last_login_at")
            + " from sessions s join users u on u.id = s.user_id where s.id = ?";

    @Inject
    Tokens tokens;

    @Inject
    Sessions sessions;

    @Inject
    ApiKeys apiKeys;

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
                    .map(key -> new Resolved(caller(key.getUser(), key.getId(), token), key.useIsDue(now, Sessions.SEEN_RESOLUTION)));
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
                Instant lastSeen = instant(row, 4);
                boolean live = sessions.isLive(instant(row, 3), instant(row, 2), lastSeen, now);
                String userId = row.getString(1);
                if (!live || !row.getBoolean(8) || !userId.equals(claims.subject())) {
                    return Optional.empty();
                }
                Caller caller = new Caller(userId, row.getString(5), row.getString(6), row.getBoolean(7), row.getString(9),
                        claims.sessionId(), null, claims, token, instant(row, 10), instant(row, 11), instant(row, 12));
                return Optional.of(new Resolved(caller, sessions.seenIsDue(lastSeen, now)));
            }
        }
    }

    private static String micros(String column) {
        return "timestampdiff(microsecond, '1970-01-01 00:00:00', " + column + ")";
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static Caller caller(User user, String apiKeyId, String token) {
        return new Caller(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(), user.getTheme(), null, apiKeyId,
                null, token, user.getCreatedAt(), user.getUpdatedAt(), user.getLastLoginAt());
    }
}
