package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.lists.BundledLists;
import org.cordon.model.Confidence;
import org.cordon.model.Designation;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled list covers the universe of covered companies completely and with citations: every entry is
 * designated on a cited authority from a known day, every subsidiary, affiliate and brand is tied to its parent
 * with a source, every FCC Covered List designation cites its own public notice, and the Huawei Entity List
 * affiliates are there in the numbers the rules of 2019 and 2020 added, as far as the texts at hand name them.
 */
class BundledCoveredUniverseTest {

    /** The companies the programs name themselves; every other entry is tied to a parent. */
    private static final Set<String> NAMED = Set.of("huawei-technologies", "zte-corporation", "hytera", "hikvision",
            "dahua", "kaspersky-lab", "pacific-network", "dji", "autel-robotics", "bytedance-ltd");
    /** Named entries whose parent is a state-owned group that is itself not on the list. */
    private static final Set<String> PARENT_OFF_LIST = Set.of("china-mobile-international-usa",
            "china-telecom-americas", "china-unicom-americas");

    /**
     * Huawei non-U.S. affiliates the Entity List added, by effective day, with the number each rule added and the
     * number this list identifies. The rules' lists could not be read entry by entry in the sources at hand (their
     * copies give the counts, the destinations and, for 2020, the first eleven names only); the rest are named as
     * recalled, marked low, and the ones still missing are left out rather than guessed: 8 of May 2019, 4 of
     * August 2019 and 2 of August 2020.
     */
    private static final Map<LocalDate, int[]> HUAWEI_BATCHES = Map.of(
            LocalDate.of(2019, 5, 16), new int[] {68, 60},
            LocalDate.of(2019, 8, 19), new int[] {46, 42},
            LocalDate.of(2020, 8, 17), new int[] {38, 36});

    private static final Pattern FCC_NOTICE = Pattern.compile("PSHSB Public Notice, (DA \\d{2}-\\d{3,4}) \\(([^)]+)\\)");

    @TempDir
    static Path dir;
    static List<Party> parties;

    @BeforeAll
    static void importStrictly() throws IOException, ImportException {
        parties = new CuratedListImporter().read(BundledLists.copyCoveredTelecomTo(dir), ImportOptions.strict())
                .parties();
    }

    @Test
    void everyEntryIsDesignatedOnACitedAuthorityFromAKnownDay() {
        assertThat(parties).hasSizeGreaterThanOrEqualTo(180).allSatisfy(p -> assertThat(p.designations())
                .as(p.sourceId()).anySatisfy(d -> {
                    assertThat(d.authority()).isNotBlank();
                    assertThat(d.listedOn()).isPresent();
                }));
    }

    @Test
    void everySubsidiaryAffiliateAndBrandIsTiedToAParentEntryWithASource() {
        List<Party> tied = parties.stream().filter(p -> !NAMED.contains(p.sourceId())).toList();

        assertThat(parties).extracting(Party::sourceId).containsAll(NAMED);
        assertThat(tied).allSatisfy(p -> assertThat(p.relationships()).as(p.sourceId()).anySatisfy(r -> {
            assertThat(r.kind()).isIn(RelationKind.SUBSIDIARY_OF, RelationKind.AFFILIATE_OF, RelationKind.OWNED_BY,
                    RelationKind.LINKED_TO, RelationKind.RELABELS_PRODUCTS_OF);
            if (!PARENT_OFF_LIST.contains(p.sourceId())) {
                assertThat(r.targetId()).as(p.sourceId() + " points at an entry").isNotEmpty();
            }
            assertThat(r.source()).as(p.sourceId() + " cites its tie").isNotBlank();
        }));
    }

    @Test
    void everyCoveredListDesignationCitesItsOwnPublicNotice() {
        Map<LocalDate, Set<String>> noticesByDay = new TreeMap<>();
        for (Party p : parties) {
            for (Designation d : designations(p, "FCC_COVERED_LIST")) {
                Matcher m = FCC_NOTICE.matcher(d.authority());
                assertThat(m.find()).as(p.sourceId() + ": " + d.authority()).isTrue();
                assertThat(d.authority()).doesNotContain("not confirmed");
                noticesByDay.computeIfAbsent(d.listedOn().orElseThrow(), k -> new TreeSet<>()).add(m.group(1));
            }
        }

        assertThat(noticesByDay).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                LocalDate.of(2021, 3, 12), Set.of("DA 21-309"),
                LocalDate.of(2022, 3, 25), Set.of("DA 22-320"),
                LocalDate.of(2022, 9, 20), Set.of("DA 22-979"),
                LocalDate.of(2025, 12, 22), Set.of("DA 25-1086"))));
    }

    @Test
    void theHuaweiEntityListAffiliatesAreThereByRuleAndThoseNotReadInTheRuleAreMarked() {
        String huawei = party("huawei-technologies").id();
        HUAWEI_BATCHES.forEach((day, counts) -> {
            List<Party> batch = parties.stream()
                    .filter(p -> p.relationships().stream().anyMatch(r -> r.targetId().equals(huawei)))
                    .filter(p -> designations(p, "BIS_ENTITY_LIST").stream().anyMatch(d -> d.listedOn().orElseThrow().equals(day)))
                    .toList();

            assertThat(batch).as("affiliates listed " + day + ", of " + counts[0]).hasSize(counts[1]);
            assertThat(counts[1]).isLessThanOrEqualTo(counts[0]);
            assertThat(batch).allSatisfy(p -> {
                Designation listed = designations(p, "BIS_ENTITY_LIST").get(0);
                assertThat(listed.licenceRequirement()).isEqualTo("All items subject to the EAR");
                assertThat(listed.licencePolicy()).isEqualTo("Presumption of denial");
                assertThat(p.nationalities()).as(p.sourceId()).hasSize(1);
                if (listed.confidence() != Confidence.HIGH) {
                    assertThat(listed.note()).as(p.sourceId()).containsIgnoringCase("not confirmed");
                }
            });
        });
        assertThat(designations(party("huawei-technologies"), "BIS_ENTITY_LIST").get(0).note())
                .contains("84 FR 43493").contains("85 FR 51596");
    }

    @Test
    void formerTiesEndOnTheDayTheySoldAndLaterTiesStartOnTheDayTheyBought() {
        Relationship honor = tieTo("honor-device", "huawei-technologies");
        assertThat(honor.until()).contains(LocalDate.of(2020, 11, 17));
        assertThat(honor.inForceOn(LocalDate.of(2020, 11, 16))).isTrue();
        assertThat(honor.inForceOn(LocalDate.of(2020, 11, 17))).isFalse();
        assertThat(honor.source()).contains("Shenzhen Zhixin New Information Technology");

        Relationship lorex = tieTo("lorex-technology", "dahua");
        assertThat(lorex.since()).contains(LocalDate.of(2018, 2, 6));
        assertThat(lorex.until()).contains(LocalDate.of(2022, 11, 23));
        assertThat(lorex.source()).contains("FLIR").contains("Skywatch");
        assertThat(designations(party("lorex-technology"), "NDAA_FY2019_S889_PART_A").get(0)
                .inForceOn(LocalDate.of(2023, 1, 1))).isFalse();

        Relationship norsat = tieTo("norsat-international", "hytera");
        assertThat(norsat.since()).contains(LocalDate.of(2017, 7, 20));
        assertThat(norsat.until()).isEmpty();
        assertThat(norsat.source()).contains("July 20, 2017");
        assertThat(norsat.inForceOn(LocalDate.of(2017, 7, 19))).isFalse();
    }

    @Test
    void kasperskyCarriesSection1634TheIctsDeterminationAndThe2024EntityListing() {
        assertThat(parties).flatMap(Party::designations).extracting(Designation::program)
                .doesNotContain("NDAA_FY2018_S1634_FAR_52.204-23");
        Designation s1634 = designations(party("kaspersky-lab"), "NDAA_FY2018_S1634").get(0);
        assertThat(s1634.authority()).startsWith("Pub. L. 115-91, div. A, §1634 (Dec. 12, 2017); FAR subpart 4.20, 52.204-23")
                .contains("83 FR 28141");
        assertThat(s1634.listedOn()).contains(LocalDate.of(2018, 10, 1));
        // Confirmed from the FAR text (4.2002) and the interim rule, which the designation names.
        assertThat(s1634.confidence()).isEqualTo(org.cordon.model.Confidence.HIGH);
        assertThat(s1634.sourceRecord()).contains("2018-12847");
        for (String id : List.of("kaspersky-lab", "kaspersky-group", "kaspersky-labs-limited")) {
            Designation listed = designations(party(id), "BIS_ENTITY_LIST").get(0);
            assertThat(listed.listedOn()).as(id).contains(LocalDate.of(2024, 6, 24));
            assertThat(listed.authority()).as(id).contains("89 FR 52362");
        }
        assertThat(designations(party("kaspersky-lab-inc"), "COMMERCE_ICTS_PROHIBITION")).isNotEmpty();
    }

    @Test
    void byteDanceAndTheTikTokCompaniesAreUnderFar52204Dash27FromJune2023() {
        List<String> companies = List.of("bytedance-ltd", "beijing-bytedance-technology", "tiktok-inc", "tiktok-pte",
                "tiktok-ltd");

        assertThat(companies).allSatisfy(id -> assertThat(designations(party(id), "FAR_52_204_27_BYTEDANCE"))
                .singleElement().satisfies(d -> {
                    assertThat(d.listedOn()).contains(LocalDate.of(2023, 6, 2));
                    assertThat(d.authority()).contains("52.204-27").contains("88 FR 36430").contains("Pub. L. 117-328");
                }));
    }

    @Test
    void brandsCarryTheirChineseNamesInBothScripts() {
        Map<String, List<String>> names = Map.of(
                "honor-device", List.of("荣耀", "榮耀"),
                "ezviz", List.of("萤石", "螢石"),
                "hikmicro", List.of("海康微影"),
                "bytedance-ltd", List.of("字节跳动", "字節跳動"));

        names.forEach((id, expected) -> assertThat(party(id).names()).as(id)
                .filteredOn(n -> n.script().equals("Hani") || n.script().equals("Hant") || n.script().equals("Hans"))
                .extracting(Name::value).containsAll(expected));
        assertThat(party("honor-device").names()).filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
                .extracting(Name::value, Name::language)
                .containsExactly(tuple("荣耀终端有限公司", "zh-Hans"), tuple("榮耀終端有限公司", "zh-Hant"));
    }

    private static Relationship tieTo(String sourceId, String parentSourceId) {
        String parent = party(parentSourceId).id();
        return party(sourceId).relationships().stream().filter(r -> r.targetId().equals(parent)).findFirst()
                .orElseThrow(() -> new AssertionError(sourceId + " has no tie to " + parentSourceId));
    }

    private static List<Designation> designations(Party party, String program) {
        return party.designations().stream().filter(d -> d.program().equals(program)).toList();
    }

    private static Party party(String sourceId) {
        return parties.stream().filter(p -> p.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + sourceId));
    }
}
