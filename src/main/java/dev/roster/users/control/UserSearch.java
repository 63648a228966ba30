package dev.roster.users.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a search term becomes a condition that an index answers, case-insensitively:
 * <ul>
 * <li>a term with an {@code @} is the start of an email ({@code ada@exa});</li>
 * <li>otherwise every word of three or more letters or digits must start a word of the
 *     email or the display name ({@code grace hop}), through the full-text index;</li>
 * <li>a term with no such word ({@code li}, {@code %}) is the start of an email or a display name.</li>
 * </ul>
 * The term is always a bound parameter; LIKE's wildcards in it are matched literally.
 */
record UserSearch(String condition, List<String> parameters, String indexHint) {

    /** MariaDB's default {@code innodb_ft_min_token_size}: shorter words are not in the full-text index. */
    static final int MIN_WORD = 3;

    static UserSearch of(String term) {
        if (term == null) {
            return null;
        }
        String lower = term.toLowerCase(Locale.ROOT);
        if (lower.contains("@")) {
            return new UserSearch("u.email like ? escape '!'", List.of(escapeLike(lower) + "%"), "");
        }
        String words = Arrays.stream(lower.split("[^\\p{L}\\p{N}_]+"))
                .filter(word -> word.codePointCount(0, word.length()) >= MIN_WORD)
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
        if (!words.isEmpty()) {
            return new UserSearch("match(u.search_text) against (? in boolean mode)", List.of(words), " force index (ft_users_search)");
        }
        String prefix = escapeLike(lower) + "%";
        return new UserSearch("(u.email like ? escape '!' or u.display_name like ? escape '!')", List.of(prefix, prefix), "");
    }

    private static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
