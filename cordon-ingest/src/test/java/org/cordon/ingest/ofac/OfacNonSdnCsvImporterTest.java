package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.ingest.ofac.OfacFixtures.party;

import java.util.Optional;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.model.Address;
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
import org.junit.jupiter.api.Test;

class OfacNonSdnCsvImporterTest {

    @Test
    void readsTheConsolidatedFiles() throws Exception {
        ImportResult result = new OfacNonSdnCsvImporter().read(OfacFixtures.path("ofac-non-sdn"), ImportOptions.strict());
        assertThat(new OfacNonSdnCsvImporter().format()).isEqualTo(ListFormat.OFAC_NON_SDN);
        assertThat(result.listId()).isEqualTo("ofac-non-sdn");
        assertThat(result.parties()).extracting(Party::sourceId).containsExactly("9639", "27000");
        assertThat(result.sourceFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv");

        Party person = party(result, "9639");
        assertThat(person.type()).isEqualTo(PartyType.PERSON);
        assertThat(person.names()).containsExactly(Name.primary("HANIYA, Ismail Abdul Salah"),
                Name.of("HANIYA, Ismail", NameKind.AKA));
        assertThat(person.dates()).containsExactly(
                PartyDate.of(DateKind.BIRTH, new PartialDate(1962, 0, 0, false), "1962"));
        assertThat(person.addresses()).containsExactly(
                new Address("", "Gaza", "", "", Optional.of(Country.of("Palestinian"))));
        assertThat(person.designations()).containsExactly(
                Designation.builder("ofac-non-sdn", "NS-PLC").sourceRecord("9639").build());

        Party company = party(result, "27000");
        assertThat(company.type()).isEqualTo(PartyType.ORGANIZATION);
        assertThat(company.names()).extracting(Name::kind).containsExactly(NameKind.PRIMARY, NameKind.FKA);
        assertThat(company.identifiers()).containsExactly(
                new Identifier(IdentifierType.OTHER, "Equity Ticker", "0001", Optional.of(Country.of("Hong Kong"))),
                new Identifier(IdentifierType.ISIN, "ISIN", "CNE000000AB1", Optional.empty()),
                new Identifier(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "Unified Social Credit Code (USCC)",
                        "91110000100000000X", Optional.of(Country.of("China"))),
                new Identifier(IdentifierType.WEBSITE, "Website", "www.example-defense.test", Optional.empty()));
    }
}
