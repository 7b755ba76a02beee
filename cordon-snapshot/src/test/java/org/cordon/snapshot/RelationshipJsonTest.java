package org.cordon.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Confidence;
import org.cordon.model.Designation;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dated and cited relationships survive a snapshot; snapshots written before those fields still read. */
class RelationshipJsonTest {

    private static final Relationship HONOR_TO_HUAWEI = new Relationship(RelationKind.SUBSIDIARY_OF,
            "Huawei Technologies Co., Ltd.", "test/huawei", Optional.of(100.0), Confidence.HIGH,
            Optional.of(LocalDate.of(2013, 12, 16)), Optional.of(LocalDate.of(2020, 11, 17)),
            "Huawei statement on the sale of Honor, Nov. 17, 2020");

    private final ObjectMapper mapper = SnapshotJson.mapper();

    private static Party honor(Relationship tie) {
        return Party.builder("test", "honor", PartyType.ORGANIZATION).name(Name.primary("Honor Device Co., Ltd."))
                .relationship(tie)
                .designation(Designation.builder("test", "EXAMPLE").authority("99 FR 1").build()).build();
    }

    @Test
    void aStoredSnapshotKeepsSinceUntilAndSource(@TempDir Path home) {
        SnapshotStore store = new SnapshotStore(home);
        store.store("test", "curated", List.of(honor(HONOR_TO_HUAWEI)),
                List.of(new SourceFile("honor.yaml", "0123abcd", 1)), Optional.empty(), 0);

        Party loaded = store.load(VersionRef.parse("test@1")).parties().get(0);

        assertThat(loaded.relationships()).containsExactly(HONOR_TO_HUAWEI);
        assertThat(loaded.relationships().get(0).inForceOn(LocalDate.of(2020, 11, 16))).isTrue();
        assertThat(loaded.relationships().get(0).inForceOn(LocalDate.of(2020, 11, 17))).isFalse();
    }

    @Test
    void theJsonCarriesIsoDatesAndTheSource() throws Exception {
        String json = mapper.writeValueAsString(HONOR_TO_HUAWEI);

        assertThat(json).contains("\"since\":\"2013-12-16\"", "\"until\":\"2020-11-17\"",
                "\"source\":\"Huawei statement on the sale of Honor, Nov. 17, 2020\"");
        assertThat(mapper.readValue(json, Relationship.class)).isEqualTo(HONOR_TO_HUAWEI);
    }

    @Test
    void anUndatedUncitedTieIsWrittenAsBeforeSoContentHashesDoNotMove() throws Exception {
        Relationship plain = new Relationship(RelationKind.OWNED_BY, "Huawei Investment & Holding", "",
                Optional.of(100.0), Confidence.MEDIUM);

        assertThat(mapper.writeValueAsString(plain)).isEqualTo(
                "{\"kind\":\"OWNED_BY\",\"targetName\":\"Huawei Investment & Holding\",\"targetId\":\"\","
                        + "\"share\":100.0,\"confidence\":\"MEDIUM\"}");
    }

    @Test
    void aPartyWrittenBeforeTheFieldsExistedStillReads() throws Exception {
        // One line of a parties file as written before relationships had dates and a source.
        String old = "{\"listId\":\"test\",\"sourceId\":\"honor\",\"type\":\"ORGANIZATION\","
                + "\"names\":[{\"value\":\"Honor Device Co., Ltd.\",\"kind\":\"PRIMARY\",\"script\":\"Latn\",\"language\":\"\"}],"
                + "\"relationships\":[{\"kind\":\"SUBSIDIARY_OF\",\"targetName\":\"Huawei Technologies Co., Ltd.\","
                + "\"targetId\":\"test/huawei\",\"share\":100.0,\"confidence\":\"HIGH\"}],"
                + "\"designations\":[{\"listId\":\"test\",\"program\":\"EXAMPLE\",\"authority\":\"99 FR 1\","
                + "\"licenceRequirement\":\"\",\"licencePolicy\":\"\",\"sourceRecord\":\"\",\"confidence\":\"HIGH\","
                + "\"note\":\"\"}],\"remarks\":\"\",\"confidence\":\"HIGH\"}";

        Party party = mapper.readerFor(Party.class).readValue(old);

        Relationship tie = party.relationships().get(0);
        assertThat(tie).isEqualTo(new Relationship(RelationKind.SUBSIDIARY_OF, "Huawei Technologies Co., Ltd.",
                "test/huawei", Optional.of(100.0), Confidence.HIGH));
        assertThat(tie.since()).isEmpty();
        assertThat(tie.until()).isEmpty();
        assertThat(tie.source()).isEmpty();
        assertThat(tie.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(party).isEqualTo(honor(tie));
    }
}
