package org.cordon.ingest.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.cordon.ingest.ofac.RemarkFacts.Recognition;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.PartyDate;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;
import org.junit.jupiter.api.Test;

class OfacRemarksTest {

    private static Identifier id(IdentifierType type, String label, String value, String country) {
        return new Identifier(type, label, value, country.isEmpty() ? Optional.empty() : Optional.of(Country.of(country)));
    }

    @Test
    void splitsOnSemicolonsButNotInsideAQuotedAlias() {
        assertThat(OfacRemarks.segments("a.k.a. 'X; Y'; DOB 1962; a.k.a. 'Z'."))
                .containsExactly("a.k.a. 'X; Y'", "DOB 1962", "a.k.a. 'Z'.");
    }

    @Test
    void aliasesKeepTheirApostrophes() {
        RemarkFacts facts = OfacRemarks.parse("a.k.a. 'AL-QA'IDA'; a.k.a. ''ABD AL-RAHMAN'; a.k.a. ''FOOPIE''; "
                + "f.k.a. 'ANA I'; n.k.a. 'NEW NAME'.");
        assertThat(facts.names()).extracting(Name::value)
                .containsExactly("AL-QA'IDA", "'ABD AL-RAHMAN", "FOOPIE", "ANA I", "NEW NAME");
        // The legacy files keep only weak aliases in the remarks.
        assertThat(facts.names()).extracting(Name::kind).containsOnly(NameKind.WEAK_AKA);
    }

    @Test
    void anAliasWithoutClosingQuoteEndsAtTheNextSemicolon() {
        assertThat(OfacRemarks.segments("a.k.a. 'ABU; DOB 1962.")).containsExactly("a.k.a. 'ABU", "DOB 1962.");
    }

    @Test
    void readsDatesOfBirthIncludingRangesAndCirca() {
        RemarkFacts facts = OfacRemarks.parse("DOB 01 Jan 1970; alt. DOB circa 1955; DOB 1958 to 1960; "
                + "DOB circa 1979-1982; DOB Mar 1971.");
        assertThat(facts.dates()).containsExactly(
                PartyDate.of(DateKind.BIRTH, new PartialDate(1970, 1, 1, false), "01 Jan 1970"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1955, 0, 0, true), "circa 1955"),
                new PartyDate(DateKind.BIRTH, new PartialDate(1958, 0, 0, false), new PartialDate(1960, 0, 0, false),
                        "1958 to 1960"),
                new PartyDate(DateKind.BIRTH, new PartialDate(1979, 0, 0, true), new PartialDate(1982, 0, 0, true),
                        "circa 1979-1982"),
                PartyDate.of(DateKind.BIRTH, new PartialDate(1971, 3, 0, false), "Mar 1971"));
    }

    @Test
    void readsNationalityCitizenshipAndRegistrationCountry() {
        RemarkFacts facts = OfacRemarks.parse("nationality Iran; citizen Korea, North; alt. nationality Russia; "
                + "Nationality of Registration Malta.");
        assertThat(facts.nationalities()).extracting(Country::code).containsExactly("IR", "KP", "RU", "MT");
    }

    @Test
    void readsIdentifiersWithTheirCountriesAndWithoutTheirDates() {
        RemarkFacts facts = OfacRemarks.parse("Passport A123 (Iran) issued 01 Jan 2010 expires 01 Jan 2020; "
                + "Registration Number HRA 738077 (Stuttgart) (Germany); Registration ID 0505535000804 (Thailand); "
                + "Tax ID No. 7702070139 (Russia); Legal Entity Number 253400JT3MQWNDKMJE44; "
                + "Vessel Registration Identification IMO 7406784; MMSI 572469210; SWIFT/BIC BNACCUHH; "
                + "Website www.example.test; Email Address info@example.test; National ID No. 216040 (Yemen); "
                + "Unified Social Credit Code (USCC) 91110000100000000X (China); "
                + "Aircraft Manufacturer's Serial Number (MSN) 1013409297; Aircraft Tail Number EP-MMH; "
                + "Digital Currency Address - XBT 1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo; Cedula No. 16215230 (Colombia); "
                + "Company Number IMO 5055293; D-U-N-S Number 52-024-2307; "
                + "Government Gazette Number 09804148 (Russia).");
        assertThat(facts.identifiers()).containsExactly(
                id(IdentifierType.PASSPORT, "Passport", "A123", "Iran"),
                id(IdentifierType.REGISTRATION_NUMBER, "Registration Number", "HRA 738077 (Stuttgart)", "Germany"),
                id(IdentifierType.REGISTRATION_NUMBER, "Registration ID", "0505535000804", "Thailand"),
                id(IdentifierType.TAX_ID, "Tax ID No.", "7702070139", "Russia"),
                id(IdentifierType.LEI, "Legal Entity Number", "253400JT3MQWNDKMJE44", ""),
                id(IdentifierType.IMO, "Vessel Registration Identification", "7406784", ""),
                id(IdentifierType.MMSI, "MMSI", "572469210", ""),
                id(IdentifierType.SWIFT_BIC, "SWIFT/BIC", "BNACCUHH", ""),
                id(IdentifierType.WEBSITE, "Website", "www.example.test", ""),
                id(IdentifierType.EMAIL, "Email Address", "info@example.test", ""),
                id(IdentifierType.NATIONAL_ID, "National ID No.", "216040", "Yemen"),
                id(IdentifierType.UNIFIED_SOCIAL_CREDIT_CODE, "Unified Social Credit Code (USCC)", "91110000100000000X",
                        "China"),
                id(IdentifierType.AIRCRAFT_SERIAL, "Aircraft Manufacturer's Serial Number (MSN)", "1013409297", ""),
                id(IdentifierType.AIRCRAFT_TAIL, "Aircraft Tail Number", "EP-MMH", ""),
                id(IdentifierType.DIGITAL_CURRENCY_ADDRESS, "Digital Currency Address - XBT",
                        "1Kuf2Rd8mDyAViwBozGTNYnvWL8uYFrkVo", ""),
                id(IdentifierType.NATIONAL_ID, "Cedula No.", "16215230", "Colombia"),
                // An IMO company number is not a ship's IMO number: it stays a registration, prefix and all.
                id(IdentifierType.REGISTRATION_NUMBER, "Company Number", "IMO 5055293", ""),
                id(IdentifierType.DUNS, "D-U-N-S Number", "52-024-2307", ""),
                id(IdentifierType.OTHER, "Government Gazette Number", "09804148", "Russia"));
    }

    @Test
    void anUnknownLabelledIdentifierIsKeptWithItsLabel() {
        RemarkFacts facts = OfacRemarks.parse("Frobnication Register No. AB-1234 (Latvia).");
        assertThat(facts.identifiers()).containsExactly(
                id(IdentifierType.OTHER, "Frobnication Register No.", "AB-1234", "Latvia"));
    }

    @Test
    void readsLinksStrippingOnlyTheFinalPeriod() {
        RemarkFacts facts = OfacRemarks.parse("Linked To: PETROLEOS DE VENEZUELA, S.A.; Linked To: BANK SEPAH.");
        assertThat(facts.relationships()).containsExactly(
                Relationship.of(RelationKind.LINKED_TO, "PETROLEOS DE VENEZUELA, S.A."),
                Relationship.of(RelationKind.LINKED_TO, "BANK SEPAH"));
    }

    @Test
    void readsTheEstablishmentDate() {
        RemarkFacts facts = OfacRemarks.parse("Organization Established Date 14 Feb 2000.");
        assertThat(facts.dates()).containsExactly(
                PartyDate.of(DateKind.INCORPORATION, new PartialDate(2000, 2, 14, false), "14 Feb 2000"));
    }

    @Test
    void knownNotesAreRecognisedButGiveNoFacts() {
        RemarkFacts facts = OfacRemarks.parse("POB Tehran, Iran; Gender Male; Secondary sanctions risk: section 1(b) "
                + "of Executive Order 13224; Additional Sanctions Information - Subject to Secondary Sanctions; "
                + "Director of SOMETHING; Frobnicates widgets.", "Director of SOMETHING", false);
        assertThat(facts.segments()).extracting(RemarkFacts.Segment::recognition).containsExactly(
                Recognition.INFORMATION, Recognition.INFORMATION, Recognition.INFORMATION, Recognition.INFORMATION,
                Recognition.INFORMATION, Recognition.UNRECOGNISED);
        assertThat(facts.identifiers()).isEmpty();
        assertThat(facts.dates()).isEmpty();
    }

    @Test
    void theLastSegmentOfCutRemarksIsNotInterpreted() {
        RemarkFacts facts = OfacRemarks.parse("DOB 1962; Linked To: BANK ME", "", true);
        assertThat(facts.relationships()).isEmpty();
        assertThat(facts.dates()).hasSize(1);
        assertThat(facts.segments()).extracting(RemarkFacts.Segment::recognition)
                .containsExactly(Recognition.EXTRACTED, Recognition.TRUNCATED);
    }

    @Test
    void oddValuesStayInTheRemarksOnly() {
        RemarkFacts facts = OfacRemarks.parse("DOB 1960 to 1950; a.k.a. ''; Passport issued under another name; "
                + "nationality ; Linked To:");
        assertThat(facts.dates()).isEmpty();
        assertThat(facts.names()).isEmpty();
        assertThat(facts.identifiers()).isEmpty();
        assertThat(facts.relationships()).isEmpty();
        assertThat(facts.segments()).extracting(RemarkFacts.Segment::recognition).containsOnly(Recognition.UNRECOGNISED);
    }

    @Test
    void blankOrNullRemarksGiveNothing() {
        assertThat(OfacRemarks.parse(null).segments()).isEmpty();
        assertThat(OfacRemarks.parse("  ").segments()).isEmpty();
    }
}
