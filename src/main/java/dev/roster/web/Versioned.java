package dev.roster.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * A representation with the row version it was read at. The version travels as the
 * {@code ETag} and comes back as {@code If-Match}; it never appears in the JSON.
 */
public record Versioned<T>(T value, long version) {

    public EntityTag etag() {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header asks for: null when there is none or it is
     * {@code *} (any version), -1 when it names no version Roster ever issued (so it
     * never matches).
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
