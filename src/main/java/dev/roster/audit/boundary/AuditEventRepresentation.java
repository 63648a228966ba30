package dev.roster.audit.boundary;

import dev.roster.audit.entity.AuditEvent;
import dev.roster.platform.Json;
import dev.roster.platform.JsonFields;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An audit event as administrators read it. */
public final class AuditEventRepresentation {

    private AuditEventRepresentation() {
    }

    public static JsonObject toJson(AuditEvent event) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("event_id", event.getId());
        JsonFields.add(json, "occurred_at", event.getOccurredAt())
                .add("actor", event.getActor());
        JsonFields.add(json, "actor_email", event.getActorEmail())
                .add("action", event.getAction());
        JsonFields.add(json, "target_user_id", event.getTargetUserId());
        JsonFields.add(json, "target_email", event.getTargetEmail());
        JsonFields.add(json, "object_id", event.getObjectId());
        JsonFields.add(json, "client_address", event.getClientAddress())
                .add("result", event.getResult());
        JsonFields.add(json, "detail", event.getDetail());
        JsonArrayBuilder changes = Json.createArrayBuilder();
        event.getChanges().forEach(changes::add);
        return json.add("changes", changes).build();
    }
}
