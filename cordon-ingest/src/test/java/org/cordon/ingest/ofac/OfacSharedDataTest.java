package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cordon.ingest.ofac.OfacFixtures.party;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.SharedData;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importers on real OFAC releases (skipped when the shared data folder is absent). */
class OfacSharedDataTest {

    private static final Set<NameKind> STRONG_ALIASES = Set.of(NameKind.AKA, NameKind.FKA, NameKind.NKA);

    private static long aliases(ImportResult result) {
        return result.parties().stream().flatMap(p -> p.names().stream())
                .filter(n -> STRONG_ALIASES.contains(n.kind())).count();
    }

    private static long addresses(ImportResult result) {
        return result.parties().stream().mapToLong(p -> p.addresses().size()).sum();
    }

    @Test
    void sdn20240702() throws Exception {
        ImportResult result = new OfacSdnCsvImporter().read(SharedData.require("lists/ofac-sdn/2024-07-02"),
                ImportOptions.strict());
        assertThat(result.parties()).hasSize(15_443);
        assertThat(result.skipped()).isEmpty();
        Party bank = party(result, "306");
        assertThat(bank.names()).containsExactly(Name.primary("BANCO NACIONAL DE CUBA"), Name.of("BNC", NameKind.WEAK_AKA));
        assertThat(result.parties()).filteredOn(p -> p.type() == PartyType.VESSEL).hasSize(872);
        assertThat(result.parties()).filteredOn(p -> p.type() == PartyType.AIRCRAFT).hasSize(374);
        Party ebano = party(result, "4243");
        assertThat(ebano.identifiers()).contains(new Identifier(IdentifierType.IMO, "Vessel Registration Identification",
                "7406784", java.util.Optional.empty()));
        // Most "Linked To" ties name an entry of the same list.
        List<Relationship> links = result.parties().stream().flatMap(p -> p.relationships().stream())
                .filter(r -> r.kind() == RelationKind.LINKED_TO).toList();
        assertThat(links.stream().filter(r -> !r.targetId().isEmpty()).count()).isGreaterThan(links.size() * 95L / 100);
    }

    @Test
    void sdn202107JoinsEveryAliasAndAddressRow() throws Exception {
        LegacyCsvList.Outcome outcome = new LegacyCsvList(LegacyCsvFiles.SDN, ListFormat.OFAC_SDN)
                .readWithStatistics(SharedData.require("lists/ofac-sdn/2021-07"), ImportOptions.strict());
        ImportResult result = outcome.result();
        assertThat(result.parties()).hasSize(8_976);
        assertThat(outcome.unjoinedRows()).isZero();
        // alt.csv has 11,910 rows; two repeat an alias of the same entry under a second alt_num, kept once.
        assertThat(aliases(result)).isEqualTo(11_910 - 2);
        // add.csv has 13,837 rows; 2,397 of them have no part at all ("address unknown") and give no address.
        assertThat(addresses(result)).isEqualTo(13_837 - 2_397);
        Party bank = party(result, "306");
        assertThat(bank.names()).extracting(Name::value)
                .containsExactly("BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA", "BNC");
        assertThat(bank.addresses()).hasSize(4);
    }

    @Test
    void sdn20240702WithNewerAliasAddressAndCommentFilesImportsStrictly(@TempDir Path dir) throws Exception {
        Files.copy(SharedData.require("lists/ofac-sdn/2024-07-02/sdn.csv"), dir.resolve("sdn.csv"));
        for (String file : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
            Files.copy(SharedData.require("lists/ofac-sdn/2025-12/" + file), dir.resolve(file));
        }
        LegacyCsvList.Outcome outcome = new LegacyCsvList(LegacyCsvFiles.SDN, ListFormat.OFAC_SDN)
                .readWithStatistics(dir, ImportOptions.strict());
        assertThat(outcome.result().parties()).hasSize(15_443);
        assertThat(outcome.result().skipped()).isEmpty();
        assertThat(outcome.unjoinedRows()).isPositive();
        assertThat(party(outcome.result(), "306").names()).extracting(Name::value)
                .containsExactly("BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA", "BNC");
    }

    @Test
    void earlierSdnReleasesImport() throws Exception {
        assertThat(new OfacSdnCsvImporter().read(SharedData.require("lists/ofac-sdn/2024-06-28"),
                ImportOptions.strict()).parties()).hasSize(15_440);
        assertThat(new OfacSdnCsvImporter().read(SharedData.require("lists/ofac-sdn/2023-09-18"),
                ImportOptions.strict()).parties()).hasSize(13_070);
    }

    @Test
    void sdnXmlExtract() throws Exception {
        ImportResult result = new OfacSdnXmlImporter().read(
                SharedData.require("lists/ofac-sdn-xml/2019-03/sdn.xml.zip"), ImportOptions.strict());
        assertThat(result.parties()).hasSize(17);
        assertThat(result.publishedOn()).contains(LocalDate.of(2019, 3, 11));
        assertThat(party(result, "306").names()).containsExactly(Name.primary("BANCO NACIONAL DE CUBA"),
                Name.of("BNC", NameKind.WEAK_AKA), Name.of("NATIONAL BANK OF CUBA", NameKind.AKA));
        assertThat(party(result, "4106").primaryName().value()).isEqualTo("HERRERA BUITRAGO, Helmer");
    }

    @Test
    void consolidatedNonSdn() throws Exception {
        ImportResult result = new OfacNonSdnCsvImporter().read(SharedData.require("lists/ofac-non-sdn/2025-12"),
                ImportOptions.strict());
        assertThat(result.listId()).isEqualTo("ofac-non-sdn");
        assertThat(result.parties()).hasSize(442);
        assertThat(result.skipped()).isEmpty();
        Party haniya = party(result, "9639");
        assertThat(haniya.names()).extracting(Name::value).contains("HANIYA, Ismail Abdul Salah", "HANIYYA, Ismaeel");
        assertThat(haniya.designations()).extracting(d -> d.program()).containsExactly("NS-PLC");
    }

    /** The real zipped SDN XML cut at every byte: always an import error naming the file, whatever parser is at hand. */
    @Test
    void theRealZipCutAnywhereIsRefusedNamingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] zip = java.nio.file.Files.readAllBytes(SharedData.require("lists/ofac-sdn-xml/2019-03/sdn.xml.zip"));
        java.nio.file.Path cut = dir.resolve("sdn.xml.zip");
        var importer = org.cordon.ingest.registry.Importers.forFormat(org.cordon.ingest.ListFormat.OFAC_SDN_XML);
        for (int keep = 0; keep < zip.length; keep++) {
            java.nio.file.Files.write(cut, java.util.Arrays.copyOf(zip, keep));
            int at = keep;
            assertThatThrownBy(() -> importer.read(cut, ImportOptions.strict())).as("cut at %d of %d", at, zip.length)
                    .isInstanceOf(org.cordon.ingest.ImportException.class).hasMessageContaining("sdn.xml.zip");
        }
        assertThat(importer.read(SharedData.require("lists/ofac-sdn-xml/2019-03/sdn.xml.zip"), ImportOptions.strict())
                .parties()).hasSize(17);
    }
}
