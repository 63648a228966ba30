package dev.roster.wire;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * One field of a partial update ({@code PATCH}) that the body names: a record component of this
 * type is {@code null} when the field is absent, and a {@code Patch} holding the value (which may
 * itself be {@code null}) when it is present. JSON-B alone binds "absent" and "null" alike.
 */
@JsonbTypeDeserializer(Patch.Reader.class)
public record Patch<T>(T value) {

    public static final class Reader implements JsonbDeserializer<Patch<?>> {

        @Override
        public Patch<?> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return new Patch<>(null);
            }
            Type inner = type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
            return new Patch<>(Wire.fromJsonValue(value, inner));
        }
    }
}
