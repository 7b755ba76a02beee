package org.cordon.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.cordon.model.Relationship;

/**
 * The JSON mapping of the model and of snapshot manifests. Record components only (no derived values
 * such as {@code Party.id()}), ISO dates, empty optionals left out. A relationship's empty {@code source} is left
 * out too, so that a party without dated or cited ties is written exactly as before those fields existed (and keeps
 * its content hash); snapshots written before then read with no dates and no source.
 */
public final class SnapshotJson {

    private SnapshotJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Relationship.class, RelationshipMixIn.class);

    /** Leaves a relationship's empty source out of the JSON. */
    private abstract static class RelationshipMixIn {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        String source;
    }

    /** A mapper shared by readers and writers; thread-safe once configured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
