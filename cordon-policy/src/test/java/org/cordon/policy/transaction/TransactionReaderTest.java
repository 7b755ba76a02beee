package org.cordon.policy.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionReaderTest {

    private final TransactionReader reader = new TransactionReader(Set.of("EAR99", "3E001", "5E002")::contains);

    private static final String AGENCY = "\"buyer\": {\"name\": \"GSA\", \"kind\": \"federal-agency\", \"country\": \"US\"}";

    @Test
    void readsAFullProcurement() {
        Transaction t = reader.read("""
            {"type": "procurement", "date": "2020-03-01", "use": "public-safety", %s,
             "items": [{"description": "camera", "manufacturer": "Acme", "components": [
                {"description": "SoC", "manufacturer": "Chipco", "essential": false}]}],
             "ownership": [{"subject": "Acme", "kind": "owned_by", "target": "Parent", "share": 0.6}]}
            """.formatted(AGENCY));
        assertThat(t.type()).isEqualTo(TransactionType.PROCUREMENT);
        assertThat(t.date()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(t.use()).contains(Use.PUBLIC_SAFETY);
        assertThat(t.buyer().orElseThrow().kind()).isEqualTo(PartyKind.FEDERAL_AGENCY);
        assertThat(t.items().get(0).components().get(0).essential()).isFalse();
        assertThat(t.items().get(0).essential()).isTrue();
        assertThat(t.ownership().get(0).share()).contains(0.6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown type        | {"type": "lease", "date": "2020-01-01"}                                              | type | not one of
        missing type        | {"date": "2020-01-01"}                                                               | type | is required
        missing date        | {"type": "device-check", "items": [{"brand": "X"}]}                                  | date | is required
        impossible date     | {"type": "device-check", "date": "2019-02-30", "items": [{"brand": "X"}]}            | date | not a date
        date format         | {"type": "device-check", "date": "01/02/2019", "items": [{"brand": "X"}]}            | date | not a date
        unknown field       | {"type": "device-check", "date": "2019-02-01", "fundingg": "usf"}                    | fundingg | unknown field
        date not text       | {"type": "device-check", "date": 20190201}                                           | date | must be a string
        unknown eccn        | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN"]}, "technology": {"eccn": "3E999"}} | technology.eccn | unknown ECCN
        malformed eccn      | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN"]}, "technology": {"eccn": "three"}} | technology.eccn | not an ECCN
        missing eccn        | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN"]}, "technology": {}} | technology.eccn | is required
        unknown country     | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["XX"]}, "technology": {"eccn": "EAR99"}} | person.citizenships[0] | not a country
        no citizenship      | {"type": "technology-release", "date": "2020-01-01", "person": {"name": "A"}, "technology": {"eccn": "EAR99"}} | person.citizenships | is required
        unknown most recent | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN"], "mostRecentCountry": "QQ"}, "technology": {"eccn": "EAR99"}} | person.mostRecentCountry | not a country
        most recent number  | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN"], "mostRecentCountry": 1}, "technology": {"eccn": "EAR99"}} | person.mostRecentCountry | must be a string
        most recent not given | {"type": "technology-release", "date": "2020-01-01", "person": {"citizenships": ["CN", "CA"], "mostRecentCountry": "DE"}, "technology": {"eccn": "EAR99"}} | person.mostRecentCountry | neither one of the citizenships
        bad kind            | {"type": "procurement", "date": "2020-01-01", "buyer": {"name": "A", "kind": "agency"}, "items": [{"brand": "X"}]} | buyer.kind | not one of
        no buyer            | {"type": "procurement", "date": "2020-01-01", "items": [{"brand": "X"}]}              | buyer | is required
        empty item          | {"type": "device-check", "date": "2020-01-01", "items": [{"gtin": "123"}]}            | items[0] | needs at least one
        bad imei            | {"type": "device-check", "date": "2020-01-01", "items": [{"imei": "12AB"}]}           | items[0].imei | IMEI
        share above one     | {"type": "investment", "date": "2020-01-01", "buyer": {"name": "A", "kind": "company"}, "seller": {"name": "B", "kind": "company"}, "investment": {"share": 60}} | investment.share | share from 0 to 1
        owned_by no share   | {"type": "device-check", "date": "2020-01-01", "items": [{"brand": "X"}], "ownership": [{"subject": "A", "kind": "owned_by", "target": "B"}]} | ownership[0].share | is required
        does no disclosure  | {"type": "contractor-representation", "date": "2021-01-01", "seller": {"name": "A", "kind": "contractor"}, "representation": {"provides": "does-not", "uses": "does"}} | representation.disclosure | is required
        bom not object      | {"type": "device-check", "date": "2020-01-01", "items": [{"cyclonedx": "bom.json"}]}  | items[0].cyclonedx | CycloneDX BOM
        waiver no expiry    | {"type": "device-check", "date": "2020-01-01", "items": [{"brand": "X"}], "waivers": [{"program": "ndaa-889-part-a"}]} | waivers[0].expires | is required
        not an object       | [1, 2, 3]                                                                            | ''   | must be a JSON object
        bad identifier type | {"type": "export", "date": "2020-01-01", "endUser": {"name": "A", "kind": "company", "identifiers": {"vat": "1"}}} | endUser.identifiers.vat | unknown identifier type
        control character   | {"type": "device-check", "date": "2020-01-01", "items": [{"brand": "X\\u0007"}]}       | items[0].brand | control characters
        """)
    void rejectsWithTheField(String what, String json, String field, String message) {
        assertThatThrownBy(() -> reader.read(json))
                .isInstanceOf(TransactionException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((TransactionException) e).field()).isEqualTo(field == null ? "" : field));
    }

    @Test
    void notJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> reader.read("{\"type\": \"export\",\n \"date\": }"))
                .isInstanceOf(TransactionException.class).hasMessageContaining("line 2");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> reader.read("{\"type\": \"export\", \"type\": \"procurement\", \"date\": \"2020-01-01\"}"))
                .isInstanceOf(TransactionException.class).hasMessageContaining("type");
    }

    @Test
    void componentsNestedTooDeeplyAreRefused() {
        String item = "{\"brand\": \"X\"}";
        for (int i = 0; i < TransactionReader.MAX_DEPTH + 2; i++) {
            item = "{\"brand\": \"X\", \"components\": [" + item + "]}";
        }
        String json = "{\"type\": \"device-check\", \"date\": \"2020-01-01\", \"items\": [" + item + "]}";
        assertThatThrownBy(() -> reader.read(json)).isInstanceOf(TransactionException.class)
                .hasMessageContaining("nest deeper");
    }

    @Property
    void everyCalendarDateReadsBackAndNoOtherDoes(@ForAll @IntRange(min = 1990, max = 2100) int year,
                                                 @ForAll @IntRange(min = 1, max = 12) int month,
                                                 @ForAll @IntRange(min = 1, max = 31) int day) {
        String date = "%04d-%02d-%02d".formatted(year, month, day);
        String json = "{\"type\": \"device-check\", \"date\": \"" + date + "\", \"items\": [{\"brand\": \"X\"}]}";
        boolean real = day <= LocalDate.of(year, month, 1).lengthOfMonth();
        if (real) {
            assertThat(reader.read(json).date()).isEqualTo(LocalDate.of(year, month, day));
        } else {
            assertThatThrownBy(() -> reader.read(json)).isInstanceOf(TransactionException.class)
                    .hasMessageContaining("date");
        }
    }

    @Test
    void readsTheMostRecentCountryOfADualNational() {
        Transaction t = reader.read("""
            {"type": "technology-release", "date": "2024-01-01",
             "person": {"citizenships": ["CN", "CA"], "mostRecentCountry": "Canada"}, "technology": {"eccn": "3E001"}}
            """);
        Person p = t.person().orElseThrow();
        assertThat(p.mostRecentCountry()).contains("CA");
        assertThat(p.deemedExportCountries()).containsExactly("CA");
        assertThat(p.mostRecentUnknown()).isFalse();
    }

    @Test
    void withoutTheMostRecentCountryEveryCountryGivenCounts() {
        Transaction t = reader.read("""
            {"type": "technology-release", "date": "2024-01-01",
             "person": {"citizenships": ["IN"], "permanentResidence": "CA"}, "technology": {"eccn": "3E001"}}
            """);
        Person p = t.person().orElseThrow();
        assertThat(p.deemedExportCountries()).containsExactly("IN", "CA");
        assertThat(p.mostRecentUnknown()).isTrue();
    }

    @Test
    void theMostRecentCountryMayBeThePermanentResidence() {
        Transaction t = reader.read("""
            {"type": "technology-release", "date": "2024-01-01",
             "person": {"citizenships": ["IN"], "permanentResidence": "CA", "mostRecentCountry": "CA"},
             "technology": {"eccn": "3E001"}}
            """);
        assertThat(t.person().orElseThrow().deemedExportCountries()).containsExactly("CA");
    }
}
