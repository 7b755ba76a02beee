package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema and the importer describe the same format: what one accepts, the other does. */
class CuratedListSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"valid.yaml", "valid.json"})
    void acceptsTheValidFixtures(String fixture) {
        assertThat(CuratedListSchema.violations(CuratedFixtures.path(fixture))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"top-level-array.json", "other-mapping.yaml", "no-entries.yaml", "bad-header.yaml"})
    void rejectsWhatIsNotACuratedList(String fixture) {
        assertThat(CuratedListSchema.violations(CuratedFixtures.path(fixture))).isNotEmpty();
    }

    /** All but two of the importer's entry problems: unique ids and resolvable targets are beyond a schema. */
    @Test
    void rejectsTheBrokenEntriesTheImporterRejects() {
        List<String> violations = CuratedListSchema.violations(CuratedFixtures.path("broken-entries.yaml"));

        assertThat(violations).extracting(v -> v.substring(0, v.indexOf(':'))).containsExactly(
                "/entries/1/designations/0", "/entries/2/names/1/kind", "/entries/2/type",
                "/entries/3/designations/0/listed_on", "/entries/6/designations/0", "/entries/8");
        assertThat(violations.get(0)).contains("authority");
        assertThat(violations.get(4)).contains("listed_in");
        assertThat(violations.get(5)).contains("names");
    }

    @Test
    void enumeratesTheSameWordsAsTheImporter() {
        JsonNode defs = CuratedListSchema.tree().get("$defs");

        assertThat(words(defs.at("/entry/properties/type/enum"))).isEqualTo(CuratedTerms.PARTY_TYPES.words());
        assertThat(words(defs.at("/name/properties/kind/enum"))).isEqualTo(CuratedTerms.NAME_KINDS.words());
        assertThat(words(defs.at("/confidence/enum"))).isEqualTo(CuratedTerms.CONFIDENCES.words());
        assertThat(words(defs.at("/relationship/properties/kind/enum"))).isEqualTo(CuratedTerms.RELATION_KINDS.words());
        assertThat(words(defs.at("/identifier/properties/type/enum"))).isEqualTo(CuratedTerms.IDENTIFIER_TYPES.words());
    }

    private static List<String> words(JsonNode array) {
        assertThat(array.isArray()).as("enum present").isTrue();
        List<String> words = new ArrayList<>();
        array.forEach(w -> words.add(w.asText()));
        return words;
    }
}
