package org.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "China|CN", "CN|CN", "People's Republic of China|CN", "PRC|CN", "Hong Kong|HK", "Russia|RU",
        "Iran|IR", "Korea, North|KP", "Korea, Republic of|KR", "Burma|MM", "Myanmar|MM",
        "Trinidad and Tobago|TT", "Virgin Islands, British|VG", "Man, Isle of|IM", "Region: Gaza|PS",
        "St. Kitts and Nevis|KN", "Saint Vincent and the Grenadines|VC", "Sao Tome and Principe|ST",
        "Türkiye|TR", "Côte d'Ivoire|CI", "United Kingdom of Great Britain and Northern Ireland|GB",
        "North Macedonia, The Republic of|MK", "Congo, Democratic Republic of the|CD", "UAE|AE", "Kosovo|XK"})
    void recognisesTheNamesTheListsUse(String name, String code) {
        assertThat(Country.of(name).code()).isEqualTo(code);
        assertThat(Country.of(name).isKnown()).isTrue();
    }

    @Test
    void keepsTheSourceNameAndNamesCodesInEnglish() {
        assertThat(Country.of("Burma")).isEqualTo(new Country("MM", "Burma"));
        assertThat(Country.of("DE")).isEqualTo(new Country("DE", "Germany"));
    }

    @Test
    void lowerCasePairsAndUnknownNamesAreNotCodes() {
        assertThat(Country.of("na").isKnown()).isFalse();
        assertThat(Country.of("Atlantis")).isEqualTo(new Country("", "Atlantis"));
        assertThat(Country.of("ZZ").isKnown()).isFalse();
        assertThatThrownBy(() -> Country.of(" ")).hasMessageContaining("country must not be blank");
    }
}
