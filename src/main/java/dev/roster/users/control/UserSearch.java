package dev.roster.users.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a search term becomes a condition that an index answers, ignoring case and accents (the
 * column's collation: {@code zoe} finds {@code Zoë}):
 * <ul>
 * <li>a term with an {@code @} is the start of an email ({@code ada@exa});</li>
 * <li>otherwise every word must start a word of the email or the display name ({@code grace
 *     hop}, {@code wu}), through the full-text index, which holds each word prefixed with
 *     {@code __} (schema change 009) so that words of one or two letters are found too;</li>
 * <li>in scripts written without spaces (Chinese, Japanese, Korean, Thai) every character is a
 *     word of its own in the index, so a word of the term must occur anywhere in the text: its
 *     characters through the index, their order checked on the rows it found ({@code 李雷}
 *     finds "Zoë 李雷" but not "雷李");</li>
 * <li>a term with no letters or digits ({@code %}) is the start of an email or a display name.</li>
 * </ul>
 * The term is always a bound parameter; LIKE's wildcards in it are matched literally.
 */
record UserSearch(String condition, List<String> parameters, String indexHint) {

    /** The characters that schema change 009 indexes one by one: the same scripts, in Java's names. */
    private static final Pattern UNSPACED = Pattern.compile("([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}])");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");

    static UserSearch of(String term) {
        if (term == null) {
            return null;
        }
        String lower = term.toLowerCase(Locale.ROOT);
        if (lower.contains("@")) {
            return new UserSearch("u.email like ? escape '!'", List.of(escapeLike(lower) + "%"), "");
        }
        Set<String> tokens = new LinkedHashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (String word : SEPARATORS.split(lower)) {
            String spread = UNSPACED.matcher(word).replaceAll(" $1 ");
            Arrays.stream(SEPARATORS.split(spread.strip())).filter(piece -> !piece.isEmpty()).forEach(tokens::add);
            if (!spread.equals(word) && word.codePointCount(0, word.length()) > 1) {
                inOrder.add("%" + escapeLike(word) + "%");
            }
        }
        if (!tokens.isEmpty()) {
            List<String> parameters = new ArrayList<>();
            parameters.add(tokens.stream().map(token -> "+__" + token + "*").collect(Collectors.joining(" ")));
            parameters.addAll(inOrder);
            String condition = "match(u.search_text) against (? in boolean mode)" + " and u.search_text like ? escape '!'".repeat(inOrder.size());
            return new UserSearch(condition, parameters, " force index (ft_users_search)");
        }
        String prefix = escapeLike(lower) + "%";
        return new UserSearch("(u.email like ? escape '!' or u.display_name like ? escape '!')", List.of(prefix, prefix), "");
    }

    private static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
