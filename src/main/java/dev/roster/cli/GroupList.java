package dev.roster.cli;

import dev.roster.users.boundary.GroupRepresentation;
import dev.roster.users.control.GroupPage;
import dev.roster.users.control.GroupQuery;
import dev.roster.users.control.UserQuery;
import dev.roster.wire.Wire;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "grouplist", description = "Lists all groups by name, with their member counts.")
class GroupList extends AdminCommand {

    @Option(names = "--json", description = "a JSON array with the API's field names")
    boolean json;

    @Override
    public Integer call() {
        List<GroupRepresentation> groups = cli.inTransaction(work -> {
            List<GroupRepresentation> all = new ArrayList<>();
            GroupQuery query = new GroupQuery(null, 0, UserQuery.MAX_LIMIT);
            GroupPage page;
            do {
                page = work.groups().search(query);
                page.rows().stream().map(GroupRepresentation::of).forEach(all::add);
                query = new GroupQuery(null, query.offset() + query.limit(), query.limit());
            } while (!page.rows().isEmpty() && all.size() < page.total());
            return all;
        });
        PrintWriter out = out();
        if (json) {
            out.println(Wire.toJson(groups));
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"NAME", "MEMBERS", "DESCRIPTION"});
            groups.forEach(g -> rows.add(new String[] {g.name(), Long.toString(g.memberCount()), g.description() == null ? "" : g.description()}));
            out.print(UserList.columns(rows));
        }
        out.flush();
        return 0;
    }
}
