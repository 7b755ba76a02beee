package org.cordon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.cordon.model.IdentifierType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierLabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Unified Social Credit Code (USCC) | UNIFIED_SOCIAL_CREDIT_CODE",
        "Passport                          | PASSPORT",
        "Diplomatic Passport               | PASSPORT",
        "Numéro de passeport               | PASSPORT",
        "Número de pasaporte               | PASSPORT",
        "National ID No.                   | NATIONAL_ID",
        "National Identification Number    | NATIONAL_ID",
        "Cedula No.                        | NATIONAL_ID",
        "C.U.R.P.                          | NATIONAL_ID",
        "D.N.I.                            | NATIONAL_ID",
        "SSN                               | NATIONAL_ID",
        "Tax ID No.                        | TAX_ID",
        "NIT #                             | TAX_ID",
        "R.F.C.                            | TAX_ID",
        "RUC #                             | TAX_ID",
        "US FEIN                           | TAX_ID",
        "Italian Fiscal Code               | TAX_ID",
        "V.A.T. Number                     | TAX_ID",
        "Registration ID                   | REGISTRATION_NUMBER",
        "Registration Number               | REGISTRATION_NUMBER",
        "Business Registration Document #  | REGISTRATION_NUMBER",
        "Company Number                    | REGISTRATION_NUMBER",
        "UK Company Number                 | REGISTRATION_NUMBER",
        "Certificate of Incorporation Number | REGISTRATION_NUMBER",
        "C.R. No.                          | REGISTRATION_NUMBER",
        "Legal Entity Number               | LEI",
        "LE Number                         | LEI",
        "Vessel Registration Identification | IMO",
        "IMO                               | IMO",
        "MMSI                              | MMSI",
        "SWIFT/BIC                         | SWIFT_BIC",
        "ISIN                              | ISIN",
        "Website                           | WEBSITE",
        "Email Address                     | EMAIL",
        "Phone Number                      | PHONE",
        "Call Sign                         | CALL_SIGN",
        "Digital Currency Address - XBT    | DIGITAL_CURRENCY_ADDRESS",
        "Aircraft Manufacturer's Serial Number (MSN) | AIRCRAFT_SERIAL",
        "Nationality of Registration       | OTHER",
        "Government Gazette Number         | OTHER",
        "Equity Ticker                     | OTHER",
        "Travel Document Number            | OTHER",
        "''                                | OTHER",
    })
    void mapsPublisherLabels(String label, IdentifierType expected) {
        assertThat(IdentifierLabels.typeOf(label)).isEqualTo(expected);
    }
}
