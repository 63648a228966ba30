package dev.roster.users.control;

import java.util.List;

/** What a bulk request did: how many of its users it changed, how many it refused, and why, one row per user in the order named. */
public record BulkResult(long succeeded, long failed, List<Row> results) {

    /** One user's outcome: {@code ok}, or {@code error} with the refusal's sentence. */
    public record Row(String userId, String result, String detail) {

        static Row ok(String userId) {
            return new Row(userId, "ok", null);
        }

        static Row error(String userId, String detail) {
            return new Row(userId, "error", detail);
        }
    }

    static BulkResult of(List<Row> rows) {
        long ok = rows.stream().filter(row -> row.result().equals("ok")).count();
        return new BulkResult(ok, rows.size() - ok, List.copyOf(rows));
    }
}
