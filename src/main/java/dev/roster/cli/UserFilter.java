package dev.roster.cli;

import dev.roster.users.boundary.ManagedUser;
import dev.roster.users.control.UserPage;
import dev.roster.users.control.UserQuery;
import dev.roster.users.entity.UserStatus;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The user list's filters, as the API's, for {@code userlist} and {@code userexport}. */
class UserFilter {

    @Option(names = "--search", paramLabel = "TEXT", description = "only users whose email or display name has words starting so, "
            + "as the API's search")
    String search;

    @Option(names = "--pending", description = "only accounts that await approval (usermod --approve lets them in)")
    boolean pending;

    @Option(names = "--group", paramLabel = "NAME", description = "only the members of this group")
    String group;

    /** Hands every matching user, newest first, to {@code each}, read a page at a time. */
    void forEach(CommandLineDatabase.Work work, Consumer<ManagedUser> each) {
        UserQuery query = UserQuery.parse(search, null, null, null, pending ? UserStatus.PENDING.code : null, group, null, null, null,
                String.valueOf(UserQuery.MAX_LIMIT));
        long seen = 0;
        UserPage page;
        do {
            page = work.users().search(query);
            page.rows().stream().map(ManagedUser::of).forEach(each);
            seen += page.rows().size();
            query = query.next();
        } while (!page.rows().isEmpty() && seen < page.total());
    }
}
