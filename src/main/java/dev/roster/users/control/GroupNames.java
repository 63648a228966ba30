package dev.roster.users.control;

import java.util.List;

/**
 * A user's group names as one query reads them: joined by commas, which no group name holds (see
 * {@link GroupFields}). MariaDB's {@code group_concat_max_len} bounds the joined text (1 MiB by
 * default since 10.2.4: some 16,000 names of 64 characters); a server set lower cuts long lists.
 */
public final class GroupNames {

    private GroupNames() {
    }

    /** The names in {@code joined} (null or empty: none), in the order given. */
    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
