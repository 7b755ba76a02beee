package org.cordon.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.model.Address;
import org.cordon.model.Confidence;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Designation;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.Party;
import org.cordon.model.PartyDate;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {

    @TempDir
    Path home;

    static Party huawei() {
        return Party.builder("test", "huawei", PartyType.ORGANIZATION)
                .name(Name.primary("Huawei Technologies Co., Ltd."))
                .name(new Name("华为技术有限公司", NameKind.ORIGINAL_SCRIPT, "", "zh-Hans"))
                .identifier(new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "USCC", "914403001922038216",
                        Optional.of(Country.of("CN"))))
                .address(new Address("Bantian", "Shenzhen", "Guangdong", "518129", Optional.of(Country.of("China"))))
                .nationality(Country.of("CN"))
                .date(PartyDate.of(DateKind.INCORPORATION, new PartialDate(1987, 9, 15, false), "15 Sep 1987"))
                .relationship(new Relationship(RelationKind.OWNED_BY, "Huawei Investment & Holding", "",
                        Optional.of(100.0), Confidence.MEDIUM))
                .designation(Designation.builder("test", "BIS_ENTITY_LIST").authority("84 FR 22961")
                        .listedOn(LocalDate.of(2019, 5, 16)).licencePolicy("Presumption of denial").build())
                .build();
    }

    static Party zte() {
        return Party.builder("test", "zte", PartyType.ORGANIZATION).name(Name.primary("ZTE Corporation")).build();
    }

    static SourceFile file(String name, String content) {
        return new SourceFile(name, Integer.toHexString(content.hashCode()), content.length());
    }

    @Test
    void storesLoadsAndActivatesVersions() {
        SnapshotStore store = new SnapshotStore(home);
        var v1 = store.store("test", "curated", List.of(huawei()), List.of(file("a.yaml", "1")), Optional.empty(), 0);
        var v2 = store.store("test", "curated", List.of(huawei(), zte()), List.of(file("a.yaml", "2")),
                Optional.of(LocalDate.of(2024, 7, 2)), 0);
        assertThat(v1.created()).isTrue();
        assertThat(v2.info().version()).isEqualTo(2);
        assertThat(store.active("test")).isEmpty();

        store.activate("test", 1);
        assertThat(store.active("test")).map(SnapshotInfo::version).contains(1);
        store.activate("test", 2);
        assertThat(store.active("test")).map(SnapshotInfo::version).contains(2);

        ListSnapshot loaded = store.load(VersionRef.parse("test"));
        assertThat(loaded.parties()).containsExactly(huawei(), zte());
        assertThat(loaded.info().publishedOn()).contains(LocalDate.of(2024, 7, 2));
        assertThat(store.listIds()).containsExactly("test");
        assertThat(store.versions("test")).extracting(SnapshotInfo::version).containsExactly(1, 2);
    }

    @Test
    void sameContentHashReusesTheVersion() {
        SnapshotStore store = new SnapshotStore(home);
        var first = store.store("test", "curated", List.of(huawei()), List.of(file("a", "x")), Optional.empty(), 0);
        var again = store.store("test", "curated", List.of(huawei()), List.of(file("a", "x")), Optional.empty(), 0);
        assertThat(again.created()).isFalse();
        assertThat(again.info()).isEqualTo(first.info());
        assertThat(store.versions("test")).hasSize(1);
    }

    @Test
    void resolvesVersionsByNumberAndHashPrefix() {
        SnapshotStore store = new SnapshotStore(home);
        var v1 = store.store("test", "curated", List.of(huawei()), List.of(file("a", "1")), Optional.empty(), 0).info();
        store.store("test", "curated", List.of(zte()), List.of(file("a", "2")), Optional.empty(), 0);
        assertThat(store.resolve(VersionRef.parse("test@1"))).isEqualTo(v1);
        assertThat(store.resolve(VersionRef.parse("test@" + v1.contentHash().substring(0, 8)))).isEqualTo(v1);
        assertThatThrownBy(() -> store.resolve(VersionRef.parse("test@9")))
                .hasMessageContaining("has no version 9");
        assertThatThrownBy(() -> store.resolve(VersionRef.parse("test")))
                .hasMessageContaining("no active version");
        assertThatThrownBy(() -> store.resolve(VersionRef.parse("nope@1"))).hasMessageContaining("no list 'nope'");
    }

    @Test
    void leavesNoStagingDirectoryAndRejectsBadIds() throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        store.store("test", "curated", List.of(huawei()), List.of(file("a", "1")), Optional.empty(), 0);
        try (var files = Files.list(home.resolve("lists/test"))) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("staging").allMatch(
                    n -> n.equals("v1") || n.equals(".lock"));
        }
        assertThatThrownBy(() -> store.store("../evil", "x", List.of(zte()), List.of(), Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.activate("test", 7)).hasMessageContaining("no version 7");
    }

    @Test
    void leftoversOfAKilledWriterAndUploadsAreRemovedAndVersionsKept() throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        store.store("test", "curated", List.of(huawei()), List.of(file("a", "1")), Optional.empty(), 0);
        store.activate("test", 1);
        Path staging = Files.createDirectories(home.resolve("lists/test/.staging-dead"));
        Files.writeString(staging.resolve("parties.jsonl.gz"), "half");
        Path pointer = Files.writeString(home.resolve("lists/test/.active-dead"), "1");
        Path upload;
        try (ScratchFolder dir = store.uploadFolder("upload-")) {
            assertThat(dir.path().getParent()).isEqualTo(home.resolve("uploads"));
            upload = dir.path();
        }
        assertThat(upload).doesNotExist();
        Path killed = Files.createDirectories(home.resolve("uploads/upload-killed"));
        Files.writeString(killed.resolve("sdn.xml"), "<sdnList>");

        assertThat(store.removeLeftovers()).isEqualTo(3);
        assertThat(staging).doesNotExist();
        assertThat(pointer).doesNotExist();
        assertThat(killed).doesNotExist();
        assertThat(store.active("test").orElseThrow().version()).isEqualTo(1);
        assertThat(SnapshotStore.isListId("test")).isTrue();
        assertThat(List.of("..", ".", "../x", "a/b", "UPPER", "")).noneMatch(SnapshotStore::isListId);
    }

    @Test
    void detectsAManifestThatDisagreesWithItsParties() throws Exception {
        SnapshotStore store = new SnapshotStore(home);
        var info = store.store("test", "curated", List.of(huawei(), zte()), List.of(file("a", "1")),
                Optional.empty(), 0).info();
        Path manifest = home.resolve("lists/test/v1/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"entryCount\" : 2", "\"entryCount\" : 3"));
        assertThatThrownBy(() -> store.load(store.resolve(VersionRef.parse("test@1"))))
                .hasMessageContaining("holds 2 parties, its manifest says 3");
        assertThat(info.entryCount()).isEqualTo(2);
    }
}
