package org.cordon.ingest.csl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cordon.model.Address;
import org.cordon.model.Country;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CslAddressTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "31 Jinrong Street, Xicheng District, Beijing, 100033, CN | 31 Jinrong Street, Xicheng District | Beijing | | 100033 | CN",
        "Tian Wang te Zi #1, Baqiao District, Xian, China, CN     | Tian Wang te Zi #1, Baqiao District | Xian | | | CN",
        "3415 RIVERA AVENUE, EL PASO, TX, 79905                   | 3415 RIVERA AVENUE | EL PASO | TX | 79905 |",
        "605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US          | 605 TRAIL LAKE DRIVE | RICHARDSON | TX | 75081 | US",
        "Billstrasse 123, Hamburg, Germany                        | Billstrasse 123 | Hamburg | | | DE",
        "Flat 01, Ka Ting Court, Shatin, Hong Kong, CN            | Flat 01, Ka Ting Court, Shatin | Hong Kong | | | CN",
        "4th Floor, 189 Marsh Wall, London, E14 9SH, GB           | 4th Floor, 189 Marsh Wall | London | | E14 9SH | GB",
        "Jabaliya, PS                                             | | Jabaliya | | | PS",
        "PS                                                       | | | | | PS",
        "5903 Harper Road, Solon                                  | 5903 Harper Road | Solon | | |",
        "Egs Bloklari B-1 Blok Kat: 1 No                          | Egs Bloklari B-1 Blok Kat: 1 No | | | |",
    })
    void infersTheParts(String text, String street, String city, String region, String postal, String country) {
        Optional<Country> expected = country == null ? Optional.empty() : Optional.of(Country.of(country));
        assertThat(CslAddressText.parse(text)).contains(new Address(street, city, region, postal, expected));
    }

    @Property
    void losesNoPartOfTheText(@ForAll("addressParts") List<String> parts) {
        String text = String.join(", ", parts);
        Optional<Address> parsed = CslAddressText.parse(text);

        List<String> kept = new ArrayList<>();
        parsed.ifPresent(a -> {
            kept.addAll(Arrays.asList(a.street().split(", ")));
            kept.addAll(List.of(a.city(), a.region(), a.postalCode()));
        });
        for (String part : parts) {
            String p = part.strip();
            boolean isTheCountry = parsed.flatMap(Address::country).map(c -> c.code().equals(Country.of(p).code()))
                    .orElse(false);
            assertThat(kept.contains(p) || isTheCountry).as("part '%s' of '%s' -> %s", p, text, parsed).isTrue();
        }
    }

    @Provide
    Arbitrary<List<String>> addressParts() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcdefgh XYZ#/.").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && !s.contains(","));
        Arbitrary<String> part = Arbitraries.oneOf(words, Arbitraries.of("CN", "US", "TX", "China", "Germany", "Hong Kong",
                "100033", "E14 9SH", "12", "Moscow"));
        return part.list().ofMinSize(1).ofMaxSize(6);
    }
}
