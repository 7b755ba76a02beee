package org.cordon.ingest.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
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

/** The list that ships in cordon-lists-bundled is a valid curated list, and says what the facts say. */
class BundledCoveredTelecomListTest {

    private static final LocalDate COVERED_LIST_START = LocalDate.of(2021, 3, 12);

    @TempDir
    static Path dir;
    static Path file;
    static ImportResult list;

    @BeforeAll
    static void importStrictly() throws IOException, ImportException {
        file = BundledLists.copyCoveredTelecomTo(dir);
        list = new CuratedListImporter().read(file, ImportOptions.strict());
    }

    @Test
    void validatesAgainstTheSchema() {
        assertThat(CuratedListSchema.violations(file)).isEmpty();
    }

    @Test
    void importsStrictlyUnderItsListId() {
        assertThat(list.listId()).isEqualTo(BundledLists.COVERED_TELECOM_LIST_ID);
        assertThat(list.skipped()).isEmpty();
        assertThat(list.publishedOn()).isPresent();
        assertThat(list.parties()).hasSizeGreaterThanOrEqualTo(36);
    }

    @Test
    void everyDesignationCitesItsAuthorityAndHasAListingDate() {
        assertThat(list.parties()).flatMap(Party::designations).allSatisfy(d -> {
            assertThat(d.authority()).isNotBlank();
            assertThat(d.listedOn()).isPresent();
        });
    }

    @Test
    void relationshipsWrittenAsEntryIdsPointAtPartiesOfTheList() {
        List<String> ids = list.parties().stream().map(Party::id).toList();

        assertThat(list.parties()).flatMap(Party::relationships).filteredOn(r -> !r.targetId().isEmpty())
                .extracting(Relationship::targetId).allSatisfy(id -> assertThat(ids).contains(id));
        assertThat(party("comnet-usa").relationships()).containsExactly(new Relationship(RelationKind.SUBSIDIARY_OF,
                "Pacific Network Corp.", "cordon-covered-telecom/pacific-network", java.util.Optional.of(100.0),
                Confidence.HIGH, java.util.Optional.empty(), java.util.Optional.empty(),
                "PSHSB Public Notice, DA 22-979 (Sept. 20, 2022): ComNet (USA) LLC is the wholly owned subsidiary of "
                        + "Pacific Network Corp."));
    }

    @Test
    void theFiveSection889CompaniesCarryTheirNamesInSimplifiedAndTraditionalChinese() {
        Map<String, List<String>> legalNames = Map.of(
                "huawei-technologies", List.of("华为技术有限公司", "華為技術有限公司"),
                "zte-corporation", List.of("中兴通讯股份有限公司", "中興通訊股份有限公司"),
                "hytera", List.of("海能达通信股份有限公司", "海能達通信股份有限公司"),
                "hikvision", List.of("杭州海康威视数字技术股份有限公司", "杭州海康威視數字技術股份有限公司"),
                "dahua", List.of("浙江大华技术股份有限公司", "浙江大華技術股份有限公司"));

        legalNames.forEach((id, names) -> assertThat(party(id).names())
                .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
                .extracting(Name::value, Name::language, Name::script)
                .contains(tuple(names.get(0), "zh-Hans", "Hani"), tuple(names.get(1), "zh-Hant", "Hani")));
        assertThat(party("zte-corporation").names()).extracting(Name::value)
                .contains("ZTE Corp", "Zhongxing Telecommunication Equipment");
        assertThat(party("dahua").names()).extracting(Name::value).contains("Dahua Technology Co., Ltd.");
    }

    @Test
    void theZteDenialOrderRanFromAprilToJuly2018AndWouldHaveExpiredIn2025() {
        Designation denial = designation("zte-corporation", "BIS_DENIAL_ORDER");

        assertThat(denial.listedOn()).contains(LocalDate.of(2018, 4, 15));
        assertThat(denial.liftedOn()).contains(LocalDate.of(2018, 7, 13));
        assertThat(denial.expiresOn()).contains(LocalDate.of(2025, 3, 13));
        assertThat(denial.authority()).contains("83 FR 17644").contains("83 FR 34825");
        assertThat(denial.inForceOn(LocalDate.of(2018, 5, 1))).isTrue();
        assertThat(denial.inForceOn(LocalDate.of(2018, 7, 13))).isFalse();
    }

    @Test
    void entityListEntriesStateTheirLicencePolicy() {
        assertThat(designation("huawei-technologies", "BIS_ENTITY_LIST"))
                .extracting(Designation::licenceRequirement, Designation::licencePolicy)
                .containsExactly("All items subject to the EAR", "Presumption of denial");
        for (String id : List.of("hikvision", "dahua")) {
            Designation entity = designation(id, "BIS_ENTITY_LIST");
            assertThat(entity.listedOn()).contains(LocalDate.of(2019, 10, 9));
            assertThat(entity.licencePolicy()).startsWith("Case-by-case review for 1A004.c")
                    .endsWith("presumption of denial for all other items");
        }
    }

    @Test
    void coveredListEntriesCarryTheDatesOfTheirFccActions() {
        Map<String, LocalDate> added = Map.ofEntries(
                Map.entry("huawei-technologies", COVERED_LIST_START), Map.entry("zte-corporation", COVERED_LIST_START),
                Map.entry("hytera", COVERED_LIST_START), Map.entry("hikvision", COVERED_LIST_START),
                Map.entry("dahua", COVERED_LIST_START),
                Map.entry("kaspersky-lab", LocalDate.of(2022, 3, 25)),
                Map.entry("china-mobile-international-usa", LocalDate.of(2022, 3, 25)),
                Map.entry("china-telecom-americas", LocalDate.of(2022, 3, 25)),
                Map.entry("pacific-network", LocalDate.of(2022, 9, 20)),
                Map.entry("comnet-usa", LocalDate.of(2022, 9, 20)),
                Map.entry("china-unicom-americas", LocalDate.of(2022, 9, 20)),
                Map.entry("dji", LocalDate.of(2025, 12, 22)), Map.entry("autel-robotics", LocalDate.of(2025, 12, 22)));

        added.forEach((id, day) -> assertThat(designation(id, "FCC_COVERED_LIST").listedOn()).as(id).contains(day));
        assertThat(list.parties()).filteredOn(p -> hasProgram(p, "FCC_COVERED_LIST"))
                .extracting(Party::sourceId).containsExactlyInAnyOrderElementsOf(added.keySet());
    }

    @Test
    void theExchangeSalesBanNamesHuaweiAndZteOnly() {
        assertThat(list.parties()).filteredOn(p -> hasProgram(p, "DOD_EXCHANGE_SALES_BAN"))
                .extracting(Party::sourceId).containsExactly("huawei-technologies", "zte-corporation");
        assertThat(designation("huawei-technologies", "DOD_EXCHANGE_SALES_BAN").listedOn())
                .contains(LocalDate.of(2018, 4, 25));
    }

    @Test
    void factsNotConfirmedInOfficialTextsKeepTheirMediumOrLowMark() {
        assertThat(List.of("hisilicon", "beijing-8-star", "dji", "autel-robotics"))
                .allSatisfy(id -> assertThat(party(id).confidence()).as(id).isEqualTo(Confidence.MEDIUM));
        assertThat(designation("huawei-technologies", "BIS_FDPR_HUAWEI").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(designation("hisilicon", "BIS_ENTITY_LIST").confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(party("beijing-8-star").relationships()).extracting(Relationship::confidence)
                .containsExactly(Confidence.MEDIUM);
    }

    private static boolean hasProgram(Party party, String program) {
        return party.designations().stream().anyMatch(d -> d.program().equals(program));
    }

    private static Party party(String sourceId) {
        return list.parties().stream().filter(p -> p.sourceId().equals(sourceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + sourceId));
    }

    private static Designation designation(String sourceId, String program) {
        return party(sourceId).designations().stream().filter(d -> d.program().equals(program)).findFirst()
                .orElseThrow(() -> new AssertionError(sourceId + " has no " + program));
    }
}
