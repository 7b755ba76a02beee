package org.cordon.ingest.dpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportProblem;
import org.cordon.ingest.ImportResult;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.cordon.model.Designation;
import org.cordon.model.Party;
import org.cordon.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeniedPersonsImporterTest {

    private final DeniedPersonsImporter importer = new DeniedPersonsImporter();

    @TempDir
    Path dir;

    @Test
    void readsOnePartyPerRowWithStrippedNamesAndQuotedQuotes() throws Exception {
        ImportResult result = importer.read(fixture(), ImportOptions.strict());

        assertThat(result.listId()).isEqualTo("bis-dpl");
        assertThat(result.parties()).extracting(p -> p.primaryName().value()).containsExactly("I. ASH",
                "IHSAN MEDHAT \"SAMMY\" ELASHI", "EXAMPLE ELECTRONICS CO, LTD.", "ZIMO SHENG", "ZIMO SHENG");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void mapsTheDenialOrder() throws Exception {
        Party ash = importer.read(fixture(), ImportOptions.strict()).parties().get(0);

        assertThat(ash.type()).isEqualTo(PartyType.UNKNOWN);
        assertThat(ash.sourceId()).isEqualTo(DeniedPersonIds.of("I. ASH", "06/19/2003",
                "68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07")).hasSize(12);
        assertThat(ash.addresses()).containsExactly(new Address("UPON THE DATE OF THE ORDER INCARCERATED AT USM NO:"
                + " 26265-177, FCI SEAGOVILLE, 2113 NORTH HIGHWAY 175", "SEAGOVILLE", "TX", "75159",
                Optional.of(Country.of("US"))));
        Designation d = ash.designations().get(0);
        assertThat(d.listId()).isEqualTo("bis-dpl");
        assertThat(d.program()).isEqualTo("Denied Persons List");
        assertThat(d.authority()).isEqualTo("68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06 72 F.R. 4236 1/30/07");
        assertThat(d.listedOn()).contains(LocalDate.of(2003, 6, 19));
        assertThat(d.expiresOn()).contains(LocalDate.of(2056, 6, 29));
        assertThat(d.liftedOn()).isEmpty();
        assertThat(d.licenceRequirement()).startsWith("All items subject to the EAR");
        assertThat(d.licencePolicy()).contains("764.3");
        assertThat(d.note()).isEqualTo("Action: FEDERAL REGISTER NOTICE UPDATED; Standard denial order terms;"
                + " Last update: 2007-01-31");
        assertThat(d.inForceOn(LocalDate.of(2024, 1, 1))).isTrue();
    }

    @Test
    void aFirmIsAnOrganisationAndAnOpenEndedOrderHasNoExpiry() throws Exception {
        Party firm = importer.read(fixture(), ImportOptions.strict()).parties().get(2);

        assertThat(firm.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(firm.designations().get(0).expiresOn()).isEmpty();
        assertThat(firm.designations().get(0).note()).contains("Non-standard order");
        assertThat(firm.addresses()).containsExactly(new Address("5F, NO. 1, LANE 2, SEC. 3", "TAIPEI", "", "",
                Optional.of(Country.of("TW"))));
    }

    @Test
    void rowsOfOneDenialAtTwoAddressesGetDistinctIds() throws Exception {
        List<Party> parties = importer.read(fixture(), ImportOptions.strict()).parties();
        String shared = DeniedPersonIds.of("ZIMO SHENG", "03/16/2020", "85 F.R. 16054 3/20/2020");

        assertThat(parties).extracting(Party::sourceId).doesNotHaveDuplicates();
        assertThat(parties.subList(3, 5)).allSatisfy(p -> assertThat(p.sourceId()).startsWith(shared + "-"));
    }

    @Test
    void anEntryKeepsItsIdWhenOtherRowsChange() throws Exception {
        List<String> lines = Files.readAllLines(fixture(), StandardCharsets.UTF_8);
        List<String> changed = new ArrayList<>(lines.subList(1, lines.size()));
        changed.remove(1);
        Collections.reverse(changed);
        changed.add(0, lines.get(0));
        Path file = dir.resolve("changed.txt");
        Files.write(file, changed, StandardCharsets.UTF_8);

        Map<String, String> before = idsByAddress(importer.read(fixture(), ImportOptions.strict()));
        Map<String, String> after = idsByAddress(importer.read(file, ImportOptions.strict()));

        assertThat(after).hasSize(4);
        assertThat(before).containsAllEntriesOf(after);
    }

    @Test
    void aRowWithAMissingFieldFailsStrictAndIsSkippedWhenLenient() throws Exception {
        Path file = edited(lines -> lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf('\t'))));

        assertThatThrownBy(() -> importer.read(file, ImportOptions.strict()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).containsExactly(
                        new ImportProblem("edited.txt", 3, "FR_Citation", "expected 12 fields, found 11")));

        ImportResult lenient = importer.read(file, ImportOptions.lenient());
        assertThat(lenient.parties()).hasSize(4);
        assertThat(lenient.skipped()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(3L, "FR_Citation"));
    }

    @Test
    void anUnreadableDateNamesItsColumn() throws Exception {
        Path file = edited(lines -> lines.set(4, lines.get(4).replace("\"03/16/2020\"", "\"16/03/2020\"")));

        ImportResult lenient = importer.read(file, ImportOptions.lenient());

        assertThat(lenient.parties()).hasSize(4);
        assertThat(lenient.skipped()).containsExactly(
                new ImportProblem("edited.txt", 5, "Effective_Date", "not a valid date: '16/03/2020'"));
    }

    @Test
    void refusesTheConsolidatedScreeningListAsTheWrongFormat() {
        assertThatThrownBy(() -> importer.read(Path.of(getClass().getResource("/fixtures/csl/consolidated.csv").toURI()),
                ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("consolidated.csv:1")
                .hasMessageContaining("not a Denied Persons List file");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = dir.resolve("dpl.txt");
        Files.writeString(file, "");

        assertThatThrownBy(() -> importer.read(file, ImportOptions.lenient()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("dpl.txt: the file is empty");
    }

    private static Map<String, String> idsByAddress(ImportResult result) {
        return result.parties().stream().collect(Collectors.toMap(p -> p.primaryName().value() + " @ "
                + p.addresses().get(0).oneLine(), Party::sourceId));
    }

    private Path edited(java.util.function.Consumer<List<String>> edit) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(fixture(), StandardCharsets.UTF_8));
        edit.accept(lines);
        Path file = dir.resolve("edited.txt");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private Path fixture() throws URISyntaxException {
        return Path.of(getClass().getResource("/fixtures/dpl/dpl.txt").toURI());
    }
}
