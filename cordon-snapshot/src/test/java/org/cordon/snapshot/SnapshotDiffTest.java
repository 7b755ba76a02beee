package org.cordon.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    static SnapshotInfo info(int version, int count) {
        return new SnapshotInfo("test", "curated", version, "h" + version, Instant.EPOCH, Optional.empty(), count,
                List.of(), 0);
    }

    @Test
    void reportsAddedRemovedAndChangedEntriesWithTheirFields() {
        Party huawei = SnapshotStoreTest.huawei();
        Party zte = SnapshotStoreTest.zte();
        Party zteRenamed = zte.toBuilder().name(Name.of("ZTE Corp", NameKind.AKA)).build();
        Party hikvision = Party.builder("test", "hikvision", PartyType.ORGANIZATION)
                .name(Name.primary("Hangzhou Hikvision Digital Technology Co., Ltd.")).build();

        SnapshotDiff diff = SnapshotDiff.between(new ListSnapshot(info(1, 2), List.of(huawei, zte)),
                new ListSnapshot(info(2, 2), List.of(zteRenamed, hikvision)));

        assertThat(diff.added()).extracting(Party::sourceId).containsExactly("hikvision");
        assertThat(diff.removed()).extracting(Party::sourceId).containsExactly("huawei");
        assertThat(diff.changed()).hasSize(1);
        SnapshotDiff.PartyChange change = diff.changed().get(0);
        assertThat(change.after().sourceId()).isEqualTo("zte");
        assertThat(change.changes()).containsExactly(
                new SnapshotDiff.FieldChange("names", List.of(), List.of("ZTE Corp (aka)")));
    }

    @Test
    void identicalSnapshotsHaveNoDifferences() {
        List<Party> parties = List.of(SnapshotStoreTest.huawei(), SnapshotStoreTest.zte());
        SnapshotDiff diff = SnapshotDiff.between(new ListSnapshot(info(1, 2), parties), new ListSnapshot(info(2, 2), parties));
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).isEmpty();
    }
}
